import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Role, TokenService } from '#common/auth';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { errorCode, gql, SERVICE_SDL, subgraphDocument } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentModule } from '../../assessment.module.js';
import type { App } from 'supertest/types.js';

/** A tree of the read model's own, inserted out of code order, so the ordering is the query's. */
const tree = new JurisdictionTree({
  guizhou: { code: '520000', name: '贵州省', level: 'PROVINCE', parent: null },
  zunyi: { code: '520300', name: '遵义市', level: 'CITY', parent: 'guizhou' },
  guiyang: { code: '520100', name: '贵阳市', level: 'CITY', parent: 'guizhou' },
  huaxi: { code: '520111', name: '花溪区', level: 'COUNTY', parent: 'guiyang' },
  nanming: { code: '520102', name: '南明区', level: 'COUNTY', parent: 'guiyang' },
  yunyan: { code: '520103', name: '云岩区', level: 'COUNTY', parent: 'guiyang' },
  honghuagang: { code: '520302', name: '红花岗区', level: 'COUNTY', parent: 'zunyi' },
  nanming1: { code: '520102001', name: '新华路街道', level: 'TOWNSHIP', parent: 'nanming' },
});
type Key = (typeof tree.keys)[number];

const assessed = (...keys: Key[]) =>
  keys.map((key) => ({ id: tree.ids[key], code: tree.spec[key].code, name: tree.spec[key].name, level: tree.spec[key].level }));

interface AssessedAnswer {
  _entities: { id: string; assessedJurisdictions: { id: string; code: string; name: string; level: string }[] }[];
}
const ASSESSED = subgraphDocument<AssessedAnswer, { tenants: { __typename: string; id: string }[] }>(`query ($tenants: [_Any!]!) {
  _entities(representations: $tenants) {
    ... on Tenant { id assessedJurisdictions { id code name level } }
  }
}`);

describe('assessment: Tenant.assessedJurisdictions (考核对象)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: App;
  const tokens = {} as Record<'guizhou' | 'guiyang' | 'zunyi', string>;

  const query = (token: string | undefined, ...ids: string[]) => gql(server, ASSESSED, { tenants: ids.map((id) => ({ __typename: 'Tenant', id })) }, token);

  beforeAll(async () => {
    db = await createTestDatabase();
    await tree.insertInto(db.adminUrl, 'assessment');
    app = await NestFactory.create(AssessmentModule.forRoot({ config: db.config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    const signer = app.get(TokenService);
    for (const key of ['guizhou', 'guiyang', 'zunyi'] as const) tokens[key] = await tree.tokenFor(signer, key, Role.ASSESSOR);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('extends the directory’s Tenant entity by its key', async () => {
    const result = await gql(server, SERVICE_SDL, {}, tokens.guizhou);
    const sdl: string = result.data!._service.sdl;
    expect(sdl).toMatch(/type Tenant\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).toContain('assessedJurisdictions: [AssessedJurisdiction!]!');
  });

  it('lists the jurisdictions one level below, by division code', async () => {
    const result = await query(tokens.guizhou, tree.ids.guizhou, tree.ids.guiyang, tree.ids.nanming, tree.ids.nanming1);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: tree.ids.guizhou, assessedJurisdictions: assessed('guiyang', 'zunyi') },
      { id: tree.ids.guiyang, assessedJurisdictions: assessed('nanming', 'yunyan', 'huaxi') },
      { id: tree.ids.nanming, assessedJurisdictions: assessed('nanming1') },
      { id: tree.ids.nanming1, assessedJurisdictions: [] },
    ]);
  });

  it('a city lists its own counties', async () => {
    const result = await query(tokens.guiyang, tree.ids.guiyang);
    expect(result.data!._entities[0].assessedJurisdictions).toEqual(assessed('nanming', 'yunyan', 'huaxi'));
  });

  it('shows nothing of a sibling city, nor of the province — not even the caller itself', async () => {
    const sibling = await query(tokens.zunyi, tree.ids.guiyang);
    expect(sibling.data!._entities[0].assessedJurisdictions).toEqual([]);
    const parent = await query(tokens.guiyang, tree.ids.guizhou);
    expect(parent.data!._entities[0].assessedJurisdictions).toEqual([]);
    const unknown = await query(tokens.guizhou, randomUUID());
    expect(unknown.data!._entities[0].assessedJurisdictions).toEqual([]);
  });

  it('refuses a caller without a valid token', async () => {
    const anonymous = await query(undefined, tree.ids.guizhou);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const forged = await query(`${tokens.guizhou.slice(0, -4)}AAAA`, tree.ids.guizhou);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
