import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { Role, TokenService } from '#common/auth';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { errorCode, gql } from '../../../../../test/helpers/graphql-client.js';
import { AssessmentModule } from '../../assessment.module.js';

/** A tree of the read model's own, so the lists below do not depend on the demo seed. */
const T = {
  guizhou: { id: randomUUID(), code: '520000', name: '贵州省', level: 'PROVINCE', parent: null },
  zunyi: { id: randomUUID(), code: '520300', name: '遵义市', level: 'CITY', parent: 'guizhou' },
  guiyang: { id: randomUUID(), code: '520100', name: '贵阳市', level: 'CITY', parent: 'guizhou' },
  huaxi: { id: randomUUID(), code: '520111', name: '花溪区', level: 'COUNTY', parent: 'guiyang' },
  nanming: { id: randomUUID(), code: '520102', name: '南明区', level: 'COUNTY', parent: 'guiyang' },
  yunyan: { id: randomUUID(), code: '520103', name: '云岩区', level: 'COUNTY', parent: 'guiyang' },
  honghuagang: { id: randomUUID(), code: '520302', name: '红花岗区', level: 'COUNTY', parent: 'zunyi' },
  nanming1: { id: randomUUID(), code: '520102001', name: '新华路街道', level: 'TOWNSHIP', parent: 'nanming' },
} as const;
type Key = keyof typeof T;

const pathOf = (key: Key): string => {
  const parent = T[key].parent;
  return parent ? `${pathOf(parent)}.${T[key].code}` : T[key].code;
};

const assessed = (...keys: Key[]) => keys.map((key) => ({ id: T[key].id, code: T[key].code, name: T[key].name, level: T[key].level }));

const ASSESSED = `query ($tenants: [_Any!]!) {
  _entities(representations: $tenants) {
    ... on Tenant { id assessedJurisdictions { id code name level } }
  }
}`;

describe('assessment: Tenant.assessedJurisdictions (考核对象)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: any;
  const tokens = {} as Record<'guizhou' | 'guiyang' | 'zunyi', string>;

  const query = (token: string | undefined, ...ids: string[]) =>
    gql(server, ASSESSED, { tenants: ids.map((id) => ({ __typename: 'Tenant', id })) }, token);

  beforeAll(async () => {
    db = await createTestDatabase();
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      // Inserted out of code order, so the ordering is the query's.
      for (const key of Object.keys(T) as Key[]) {
        const t = T[key];
        await admin.query(
          `INSERT INTO assessment.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level) VALUES ($1, $2, $3, $4, $5, $6)`,
          [t.id, pathOf(key), t.parent ? T[t.parent].id : null, t.code, t.name, t.level],
        );
      }
    } finally {
      await admin.end();
    }
    app = await NestFactory.create(AssessmentModule.forRoot({ config: db.config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    const signer = app.get(TokenService);
    for (const key of ['guizhou', 'guiyang', 'zunyi'] as const) {
      tokens[key] = await signer.sign({
        userId: randomUUID(),
        username: `${key}.assessor`,
        tenantId: T[key].id,
        tenantPath: pathOf(key),
        unitId: null,
        roles: [Role.ASSESSOR],
      });
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('extends the directory’s Tenant entity by its key', async () => {
    const result = await gql(server, `query { _service { sdl } }`, {}, tokens.guizhou);
    const sdl: string = result.data._service.sdl;
    expect(sdl).toMatch(/type Tenant\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).toContain('assessedJurisdictions: [AssessedJurisdiction!]!');
  });

  it('lists the jurisdictions one level below, by division code', async () => {
    const result = await query(tokens.guizhou, T.guizhou.id, T.guiyang.id, T.nanming.id, T.nanming1.id);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: T.guizhou.id, assessedJurisdictions: assessed('guiyang', 'zunyi') },
      { id: T.guiyang.id, assessedJurisdictions: assessed('nanming', 'yunyan', 'huaxi') },
      { id: T.nanming.id, assessedJurisdictions: assessed('nanming1') },
      { id: T.nanming1.id, assessedJurisdictions: [] },
    ]);
  });

  it('a city lists its own counties', async () => {
    const result = await query(tokens.guiyang, T.guiyang.id);
    expect(result.data._entities[0].assessedJurisdictions).toEqual(assessed('nanming', 'yunyan', 'huaxi'));
  });

  it('shows nothing of a sibling city, nor of the province — not even the caller itself', async () => {
    const sibling = await query(tokens.zunyi, T.guiyang.id);
    expect(sibling.data._entities[0].assessedJurisdictions).toEqual([]);
    const parent = await query(tokens.guiyang, T.guizhou.id);
    expect(parent.data._entities[0].assessedJurisdictions).toEqual([]);
    const unknown = await query(tokens.guizhou, randomUUID());
    expect(unknown.data._entities[0].assessedJurisdictions).toEqual([]);
  });

  it('refuses a caller without a valid token', async () => {
    const anonymous = await query(undefined, T.guizhou.id);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const forged = await query(`${tokens.guizhou.slice(0, -4)}AAAA`, T.guizhou.id);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
