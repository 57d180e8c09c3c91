import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Role, TokenService } from '#common/auth';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { errorCode, gql, SERVICE_SDL, subgraphDocument } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { MeetingsModule } from '../../meetings.module.js';
import type { App } from 'supertest/types.js';

/** A tree of the read model's own; which of them have a joint conference. */
const tree = new JurisdictionTree({
  guizhou: { code: '520000', level: 'PROVINCE', parent: null },
  guiyang: { code: '520100', level: 'CITY', parent: 'guizhou' },
  zunyi: { code: '520300', level: 'CITY', parent: 'guizhou' },
  nanming: { code: '520102', level: 'COUNTY', parent: 'guiyang' },
  yunyan: { code: '520103', level: 'COUNTY', parent: 'guiyang' },
  huaxi: { code: '520111', level: 'COUNTY', parent: 'guiyang' },
  honghuagang: { code: '520302', level: 'COUNTY', parent: 'zunyi' },
  nanming1: { code: '520102001', level: 'TOWNSHIP', parent: 'nanming' },
  nanming2: { code: '520102002', level: 'TOWNSHIP', parent: 'nanming' },
});
type Key = (typeof tree.keys)[number];
const WITH_CONFERENCE = new Set<Key>(['guizhou', 'zunyi', 'nanming', 'huaxi', 'honghuagang', 'nanming1']);

interface CoverageAnswer {
  _entities: { id: string; conferenceCoverage: { level: string; jurisdictions: number; withConference: number; rate: number | null } }[];
}
const COVERAGE = subgraphDocument<
  CoverageAnswer,
  { tenants: { __typename: string; id: string }[]; level: string }
>(`query ($tenants: [_Any!]!, $level: TenantLevel!) {
  _entities(representations: $tenants) {
    ... on Tenant { id conferenceCoverage(level: $level) { level jurisdictions withConference rate } }
  }
}`);

describe('meetings: Tenant.conferenceCoverage (联席会议覆盖率)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: App;
  const tokens = {} as Record<'guizhou' | 'guiyang' | 'zunyi', string>;

  const coverage = async (token: string | undefined, level: string, ...keys: Key[]) =>
    gql(server, COVERAGE, { level, tenants: keys.map((key) => ({ __typename: 'Tenant', id: tree.ids[key] })) }, token);

  beforeAll(async () => {
    db = await createTestDatabase();
    await tree.insertInto(db.adminUrl, 'meetings', (key) => ({ has_conference: WITH_CONFERENCE.has(key) }));
    app = await NestFactory.create(MeetingsModule.forRoot({ config: db.config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    const signer = app.get(TokenService);
    for (const key of ['guizhou', 'guiyang', 'zunyi'] as const) tokens[key] = await tree.tokenFor(signer, key, Role.CONFERENCE_OFFICE);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('extends the directory’s Tenant entity by its key', async () => {
    const result = await gql(server, SERVICE_SDL, {}, tokens.guizhou);
    const sdl: string = result.data!._service.sdl;
    expect(sdl).toMatch(/type Tenant\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).toContain('conferenceCoverage(');
    expect(sdl).toMatch(/level: TenantLevel!\s*\): ConferenceCoverage!/);
  });

  it('counts the jurisdictions of a level in the subtree and those with a conference', async () => {
    const result = await coverage(tokens.guizhou, 'COUNTY', 'guizhou', 'guiyang', 'zunyi');
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: tree.ids.guizhou, conferenceCoverage: { level: 'COUNTY', jurisdictions: 4, withConference: 3, rate: 0.75 } },
      { id: tree.ids.guiyang, conferenceCoverage: { level: 'COUNTY', jurisdictions: 3, withConference: 2, rate: 2 / 3 } },
      { id: tree.ids.zunyi, conferenceCoverage: { level: 'COUNTY', jurisdictions: 1, withConference: 1, rate: 1 } },
    ]);
  });

  it('counts at any level below, the tenant itself included at its own level', async () => {
    const townships = await coverage(tokens.guiyang, 'TOWNSHIP', 'guiyang');
    expect(townships.data!._entities[0].conferenceCoverage).toEqual({ level: 'TOWNSHIP', jurisdictions: 2, withConference: 1, rate: 0.5 });
    const itself = await coverage(tokens.guiyang, 'CITY', 'guiyang');
    expect(itself.data!._entities[0].conferenceCoverage).toEqual({ level: 'CITY', jurisdictions: 1, withConference: 0, rate: 0 });
  });

  it('has no rate where the level has no jurisdiction', async () => {
    const result = await coverage(tokens.zunyi, 'TOWNSHIP', 'zunyi');
    expect(result.data!._entities[0].conferenceCoverage).toEqual({ level: 'TOWNSHIP', jurisdictions: 0, withConference: 0, rate: null });
  });

  it('shows a sibling city nothing of another city, nor a city anything of its province', async () => {
    const empty = { level: 'COUNTY', jurisdictions: 0, withConference: 0, rate: null };
    const sibling = await coverage(tokens.zunyi, 'COUNTY', 'guiyang');
    expect(sibling.data!._entities[0].conferenceCoverage).toEqual(empty);
    const parent = await coverage(tokens.guiyang, 'COUNTY', 'guizhou');
    expect(parent.data!._entities[0].conferenceCoverage).toEqual(empty);
    const unknown = await gql(server, COVERAGE, { level: 'COUNTY', tenants: [{ __typename: 'Tenant', id: randomUUID() }] }, tokens.guizhou);
    expect(unknown.data!._entities[0].conferenceCoverage).toEqual(empty);
  });

  it('refuses a caller without a valid token', async () => {
    const anonymous = await coverage(undefined, 'COUNTY', 'guizhou');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const forged = await coverage(`${tokens.guizhou.slice(0, -4)}AAAA`, 'COUNTY', 'guizhou');
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
