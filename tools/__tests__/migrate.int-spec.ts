import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, ensureDatabase, migrateAll, onServer } from '#common/db';
import { loadConfig } from '#common/config';
import { runDatabaseName } from '#common/testing';
import { SERVICE_DATABASES } from '../services.js';

/** The schema as the catalog sees it: tables, columns, policies, indexes, functions, grants. */
async function catalogSnapshot(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schemas = ['core', 'cases', 'meetings', 'assessment'];
    const q = async (sql: string) => (await client.query(sql, [schemas])).rows;
    return {
      columns: await q(
        `SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = ANY($1) ORDER BY 1, 2, 3`,
      ),
      policies: await q(`SELECT schemaname, tablename, policyname, cmd, qual, with_check FROM pg_policies WHERE schemaname = ANY($1) ORDER BY 1, 2, 3`),
      indexes: await q(`SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname = ANY($1) ORDER BY 1, 2`),
      functions: await q(
        `SELECT n.nspname, p.proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY($1) ORDER BY 1, 2`,
      ),
      grants: await q(
        `SELECT table_schema, table_name, grantee, privilege_type FROM information_schema.role_table_grants WHERE table_schema = ANY($1) ORDER BY 1, 2, 3, 4`,
      ),
      migrations: (await client.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'migrations_%' ORDER BY 1`)).rows,
    };
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const base = loadConfig();
  const name = runDatabaseName(`migrate${randomBytes(4).toString('hex')}`);
  const url = databaseUrl(base.databaseUrl, name);

  beforeAll(() => ensureDatabase(url));
  afterAll(() => onServer(base.databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('apply from an empty database, and a second run changes nothing', async () => {
    const total = SERVICE_DATABASES.reduce((n, service) => n + service.migrations.length, 0);
    expect(await migrateAll(url, SERVICE_DATABASES)).toBe(total);
    const first = await catalogSnapshot(url);
    expect(await migrateAll(url, SERVICE_DATABASES)).toBe(0);
    expect(await catalogSnapshot(url)).toEqual(first);
  });
});
