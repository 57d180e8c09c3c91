import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { Role, TokenService } from '#common/auth';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { errorCode, gql } from '../../../../../test/helpers/graphql-client.js';
import { MeetingsModule } from '../../meetings.module.js';

/** A tree of the read model's own, so the counts below do not depend on the demo seed. */
const T = {
  guizhou: { id: randomUUID(), code: '520000', level: 'PROVINCE', parent: null, conference: true },
  guiyang: { id: randomUUID(), code: '520100', level: 'CITY', parent: 'guizhou', conference: false },
  zunyi: { id: randomUUID(), code: '520300', level: 'CITY', parent: 'guizhou', conference: true },
  nanming: { id: randomUUID(), code: '520102', level: 'COUNTY', parent: 'guiyang', conference: true },
  yunyan: { id: randomUUID(), code: '520103', level: 'COUNTY', parent: 'guiyang', conference: false },
  huaxi: { id: randomUUID(), code: '520111', level: 'COUNTY', parent: 'guiyang', conference: true },
  honghuagang: { id: randomUUID(), code: '520302', level: 'COUNTY', parent: 'zunyi', conference: true },
  nanming1: { id: randomUUID(), code: '520102001', level: 'TOWNSHIP', parent: 'nanming', conference: true },
  nanming2: { id: randomUUID(), code: '520102002', level: 'TOWNSHIP', parent: 'nanming', conference: false },
} as const;
type Key = keyof typeof T;

const pathOf = (key: Key): string => {
  const parent = T[key].parent;
  return parent ? `${pathOf(parent)}.${T[key].code}` : T[key].code;
};

const COVERAGE = `query ($tenants: [_Any!]!, $level: TenantLevel!) {
  _entities(representations: $tenants) {
    ... on Tenant { id conferenceCoverage(level: $level) { level jurisdictions withConference rate } }
  }
}`;

describe('meetings: Tenant.conferenceCoverage (联席会议覆盖率)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: any;
  const tokens = {} as Record<'guizhou' | 'guiyang' | 'zunyi', string>;

  const coverage = async (token: string | undefined, level: string, ...keys: Key[]) =>
    gql(server, COVERAGE, { level, tenants: keys.map((key) => ({ __typename: 'Tenant', id: T[key].id })) }, token);

  beforeAll(async () => {
    db = await createTestDatabase();
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      for (const key of Object.keys(T) as Key[]) {
        const t = T[key];
        await admin.query(
          `INSERT INTO meetings.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level, has_conference)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [t.id, pathOf(key), t.parent ? T[t.parent].id : null, t.code, key, t.level, t.conference],
        );
      }
    } finally {
      await admin.end();
    }
    app = await NestFactory.create(MeetingsModule.forRoot({ config: db.config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    const signer = app.get(TokenService);
    for (const key of ['guizhou', 'guiyang', 'zunyi'] as const) {
      tokens[key] = await signer.sign({
        userId: randomUUID(),
        username: `${key}.conference-office`,
        tenantId: T[key].id,
        tenantPath: pathOf(key),
        unitId: null,
        roles: [Role.CONFERENCE_OFFICE],
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
    expect(sdl).toContain('conferenceCoverage(');
    expect(sdl).toMatch(/level: TenantLevel!\s*\): ConferenceCoverage!/);
  });

  it('counts the jurisdictions of a level in the subtree and those with a conference', async () => {
    const result = await coverage(tokens.guizhou, 'COUNTY', 'guizhou', 'guiyang', 'zunyi');
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: T.guizhou.id, conferenceCoverage: { level: 'COUNTY', jurisdictions: 4, withConference: 3, rate: 0.75 } },
      { id: T.guiyang.id, conferenceCoverage: { level: 'COUNTY', jurisdictions: 3, withConference: 2, rate: 2 / 3 } },
      { id: T.zunyi.id, conferenceCoverage: { level: 'COUNTY', jurisdictions: 1, withConference: 1, rate: 1 } },
    ]);
  });

  it('counts at any level below, the tenant itself included at its own level', async () => {
    const townships = await coverage(tokens.guiyang, 'TOWNSHIP', 'guiyang');
    expect(townships.data._entities[0].conferenceCoverage).toEqual({ level: 'TOWNSHIP', jurisdictions: 2, withConference: 1, rate: 0.5 });
    const itself = await coverage(tokens.guiyang, 'CITY', 'guiyang');
    expect(itself.data._entities[0].conferenceCoverage).toEqual({ level: 'CITY', jurisdictions: 1, withConference: 0, rate: 0 });
  });

  it('has no rate where the level has no jurisdiction', async () => {
    const result = await coverage(tokens.zunyi, 'TOWNSHIP', 'zunyi');
    expect(result.data._entities[0].conferenceCoverage).toEqual({ level: 'TOWNSHIP', jurisdictions: 0, withConference: 0, rate: null });
  });

  it('shows a sibling city nothing of another city, nor a city anything of its province', async () => {
    const empty = { level: 'COUNTY', jurisdictions: 0, withConference: 0, rate: null };
    const sibling = await coverage(tokens.zunyi, 'COUNTY', 'guiyang');
    expect(sibling.data._entities[0].conferenceCoverage).toEqual(empty);
    const parent = await coverage(tokens.guiyang, 'COUNTY', 'guizhou');
    expect(parent.data._entities[0].conferenceCoverage).toEqual(empty);
    const unknown = await gql(server, COVERAGE, { level: 'COUNTY', tenants: [{ __typename: 'Tenant', id: randomUUID() }] }, tokens.guizhou);
    expect(unknown.data._entities[0].conferenceCoverage).toEqual(empty);
  });

  it('refuses a caller without a valid token', async () => {
    const anonymous = await coverage(undefined, 'COUNTY', 'guizhou');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const forged = await coverage(`${tokens.guizhou.slice(0, -4)}AAAA`, 'COUNTY', 'guizhou');
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
