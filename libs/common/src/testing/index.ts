import { randomBytes } from 'node:crypto';
import { appDatabaseUrlFrom, loadConfig, type AppConfig } from '../config/index.js';
import { databaseUrl, onServer } from '../db/databases.js';

export const TEMPLATE_DATABASE = 'petition_test_template';
const TEST_DATABASE_PREFIX = 'petition_test_';
const CLONE_LOCK = 7_420_002;

/** Drops the databases of earlier test runs, then creates the empty template to migrate. */
export async function recreateTemplateDatabase(adminUrl: string): Promise<string> {
  await onServer(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${TEST_DATABASE_PREFIX}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  return databaseUrl(adminUrl, TEMPLATE_DATABASE);
}

export interface TestDatabase {
  name: string;
  adminUrl: string;
  config: AppConfig;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, cloned from the migrated template, so that files run
 * in parallel and never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = loadConfig();
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString('hex')}`;
  await onServer(base.databaseUrl, async (client) => {
    // Cloning needs the template idle: serialise clones across parallel test files.
    await client.query('SELECT pg_advisory_lock($1)', [CLONE_LOCK]);
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    } catch (error) {
      if ((error as { code?: string }).code === '3D000') {
        throw new Error(`no ${TEMPLATE_DATABASE}: npm test prepares it (npm run build && node dist/tools/prepare-test-template.js)`);
      }
      throw error;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [CLONE_LOCK]);
    }
  });
  const adminUrl = databaseUrl(base.databaseUrl, name);
  return {
    name,
    adminUrl,
    config: { ...base, databaseUrl: adminUrl, appDatabaseUrl: appDatabaseUrlFrom(adminUrl), queuePrefix: `test-${name}` },
    drop: () =>
      onServer(base.databaseUrl, async (client) => {
        // Pools ended just before may still be closing their connections; a forced drop would send
        // those a FATAL that their ended pools no longer listen for, failing the file. Wait a moment.
        for (let waited = 0; waited < 2_000; waited += 20) {
          const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
