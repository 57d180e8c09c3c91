import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { SeedModule } from '../seed.module.js';
import { DemoCaseSeeder } from '../demo-cases.js';

describe('demo cases', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let admin: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await NestFactory.createApplicationContext(SeedModule.forRoot({ config: db.config }), { logger: ['error'] });
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 1 });
  });
  afterAll(async () => {
    await app.close();
    await admin.end();
    await db.drop();
  });

  it('walks a few cases through the real lifecycle, once', async () => {
    expect(await app.get(DemoCaseSeeder).seed()).toBe(6);
    const { rows } = await admin.query(`SELECT state, kind, channel, level_skipping, person_count FROM cases.cases ORDER BY registered_at, number`);
    expect(rows.map((r) => r.state)).toEqual(['REGISTERED', 'ROUTED', 'ACCEPTED', 'DELIVERED', 'REGISTERED', 'ROUTED']);
    expect(rows[1].level_skipping).toBe(true);
    expect(rows[4].person_count).toBe(32);
    expect(rows[5].kind).toBe('ACCUSATION');
    const events = await admin.query(`SELECT count(*)::int AS n FROM cases.outbox WHERE topic = 'case.transitioned'`);
    expect(events.rows[0].n).toBe(Number((await admin.query(`SELECT count(*) FROM cases.case_transitions`)).rows[0].count));
    expect(await app.get(DemoCaseSeeder).seed()).toBe(0);
  });
});
