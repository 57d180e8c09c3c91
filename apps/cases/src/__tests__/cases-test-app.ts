import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import type { App } from 'supertest/types.js';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import type { Clock } from '#common/clock';
import { CasesModule } from '../cases.module.js';

export interface CasesTestApp {
  db: TestDatabase;
  app: INestApplication;
  server: App;
  /** Superuser SQL on this file's database, for arranging and checking rows behind the API. */
  admin: pg.Pool;
  close(): Promise<void>;
}

/**
 * The cases subgraph on a database of its own (a clone of the seeded template), optionally on a
 * given clock and keeping uploaded files in a folder of the test's own.
 */
export async function startCasesApp(options: { clock?: Clock; filesDir?: string } = {}): Promise<CasesTestApp> {
  const db = await createTestDatabase();
  const config = options.filesDir ? { ...db.config, filesDir: options.filesDir } : db.config;
  const app = await NestFactory.create(CasesModule.forRoot({ config, clock: options.clock }), { logger: ['error'] });
  await app.init();
  const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
  return {
    db,
    app,
    server: app.getHttpServer(),
    admin,
    async close() {
      await app.close();
      await admin.end();
      await db.drop();
    },
  };
}

export async function tenantIdOf(admin: pg.Pool, code: string): Promise<string> {
  const { rows } = await admin.query('SELECT id FROM core.tenants WHERE code = $1', [code]);
  return rows[0].id;
}

/** What the services publish to PostgreSQL at the start of a transaction (see TenantTransactions). */
export interface DatabaseContext {
  path: string;
  tenantId?: string;
  unitId?: string;
  scopeUnit?: string;
}

/** One statement as the services' role with a context set, in its own transaction: the policies alone decide. */
export async function asAppRole<T>(pool: pg.Pool, ctx: DatabaseContext, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.tenant_path', $1, true), set_config('app.tenant_id', $2, true),
              set_config('app.unit_id', $3, true), set_config('app.scope_unit', $4, true)`,
      [ctx.path, ctx.tenantId ?? '', ctx.unitId ?? '', ctx.scopeUnit ?? ''],
    );
    const { rows } = await client.query(sql, params);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
