import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { graphql } from '#test/gql/index.js';
import { gql, login } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { CasesWorkerModule } from '../../cases-worker.module.js';
import { DeadlineRecomputeQueue } from '../queues/deadline-recompute.queue.js';
import { DeadlineRecomputeProcessor } from '../queues/deadline-recompute.processor.js';

const ADD = graphql(`
  mutation DeadlineRecomputeSpecAddHolidayOverride($input: AddHolidayOverrideInput!) {
    addHolidayOverride(input: $input) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation DeadlineRecomputeSpecRemoveHolidayOverride($id: ID!) {
    removeHolidayOverride(id: $id) {
      id
    }
  }
`);
const RECOMPUTATIONS = graphql(`
  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {
    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {
      edges {
        node {
          tenantId
          reason
          stagesChecked
          stagesChanged
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The recomputation through a real BullMQ worker of the cases worker process, on this file's
 * queue prefix: a calendar change in the HTTP process reaches the worker through Redis.
 */
describe('deadline recomputation after a calendar change', () => {
  let t: CasesTestApp;
  let worker: INestApplicationContext;
  let cityAdmin: string;
  let chengdu: string;
  let inCity: { id: string; number: string };
  let elsewhere: { id: string; number: string };

  const stageOf = async (caseId: string) =>
    (
      await t.admin.query(`SELECT deadline::text, base_deadline::text, provisional, version FROM cases.case_stages WHERE case_id = $1 AND stage = 'ROUTE'`, [
        caseId,
      ])
    ).rows[0];
  const caseDeadline = async (caseId: string) =>
    (await t.admin.query(`SELECT deadline::text, deadline_stage FROM cases.cases WHERE id = $1`, [caseId])).rows[0];
  const recomputations = async () =>
    (await t.admin.query(`SELECT tenant_id, reason, stages_checked, stages_changed FROM cases.deadline_recomputations ORDER BY finished_at`)).rows;

  async function recomputationsReach(count: number) {
    for (let waited = 0; waited < 15_000; waited += 100) {
      const rows = await recomputations();
      if (rows.length >= count) return rows;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${count}. recomputation within 15 s`);
  }

  beforeAll(async () => {
    t = await startCasesApp();
    worker = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot({ config: t.db.config, autoStart: false }), { logger: ['error'] });
    worker.get(DeadlineRecomputeProcessor).start();
    cityAdmin = await login(t.server, 'cd.tenant-admin');
    chengdu = await tenantIdOf(t.admin, '510100');
    // 15 days from Monday 2 March 2026 end on Tuesday 17 March, a working day.
    inCity = await insertCase(t.admin, {
      tenantCode: '510104',
      openStages: [
        { stage: 'ROUTE', startedOn: '2026-03-02', deadline: '2026-03-17' },
        { stage: 'HANDLE', startedOn: '2026-03-02', deadline: '2026-05-06' },
      ],
    });
    // Deliberately stored one day off: a recomputation that reached it would change it.
    elsewhere = await insertCase(t.admin, { tenantCode: '510703', openStages: [{ stage: 'ROUTE', startedOn: '2026-03-02', deadline: '2026-03-16' }] });
  });

  afterAll(async () => {
    await worker.get(DeadlineRecomputeQueue).queue.obliterate({ force: true });
    await worker.close();
    await t.close();
  });

  let override: string;

  it("moves an open deadline that now falls on the city's new holiday to the next working day", async () => {
    const result = await gql(t.server, ADD, { input: { tenantId: chengdu, date: '2026-03-17', kind: 'HOLIDAY', name: '地方假日' } }, cityAdmin);
    expect(result.errors).toBeUndefined();
    override = result.data!.addHolidayOverride.id;

    const [record] = await recomputationsReach(1);
    expect(record).toEqual({ tenant_id: chengdu, reason: expect.stringContaining('2026-03-17'), stages_checked: 2, stages_changed: 1 });
    expect(await stageOf(inCity.id)).toEqual({ deadline: '2026-03-18', base_deadline: '2026-03-18', provisional: false, version: 2 });
    expect(await caseDeadline(inCity.id)).toEqual({ deadline: '2026-03-18', deadline_stage: 'ROUTE' });

    // Under the clock's owner, the district holding the case, not the city that recomputed.
    const events = await t.admin.query(`SELECT tenant_id, tenant_path::text AS path, payload FROM cases.outbox WHERE topic = 'case.deadline'`);
    expect(events.rows).toEqual([
      {
        tenant_id: await tenantIdOf(t.admin, '510104'),
        path: '510000.510100.510104',
        payload: expect.objectContaining({ caseId: inCity.id, number: inCity.number, change: 'CHANGED', stage: 'ROUTE', deadline: '2026-03-18' }),
      },
    ]);
  });

  it('leaves a stage owned by a tenant outside the changed subtree untouched', async () => {
    expect(await stageOf(elsewhere.id)).toEqual({ deadline: '2026-03-16', base_deadline: '2026-03-16', provisional: false, version: 1 });
    expect(await caseDeadline(elsewhere.id)).toEqual({ deadline: '2026-03-16', deadline_stage: 'ROUTE' });
  });

  it('moves the deadline back when the override is removed', async () => {
    const result = await gql(t.server, REMOVE, { id: override }, cityAdmin);
    expect(result.errors).toBeUndefined();
    const rows = await recomputationsReach(2);
    expect(rows[1]).toMatchObject({ reason: expect.stringContaining('删除'), stages_changed: 1 });
    expect(await stageOf(inCity.id)).toMatchObject({ deadline: '2026-03-17', version: 3 });
    expect(await caseDeadline(inCity.id)).toEqual({ deadline: '2026-03-17', deadline_stage: 'ROUTE' });
  });

  it('lists the recomputations newest first, page by page', async () => {
    const first = (await gql(t.server, RECOMPUTATIONS, { tenantId: chengdu, first: 1 }, cityAdmin)).data!.deadlineRecomputations;
    expect(first.edges.map((e) => e.node.reason)).toEqual([expect.stringContaining('删除')]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(t.server, RECOMPUTATIONS, { tenantId: chengdu, first: 1, after: first.pageInfo.endCursor }, cityAdmin)).data!
      .deadlineRecomputations;
    expect(second.edges.map((e) => e.node)).toEqual([{ tenantId: chengdu, reason: expect.stringContaining('新增'), stagesChecked: 2, stagesChanged: 1 }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
