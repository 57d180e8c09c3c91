import { randomUUID } from 'node:crypto';
import { ManualClock } from '#common/clock';
import type { AppConfig } from '#common/config';
import type { EventEnvelope, SupervisionTriggerPayload } from '#common/events';
import { EventWorker } from '#common/worker';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { QueryResultRow } from 'pg';
import { graphql } from '#test/gql/index.js';
import { gql, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { type HarnessModules, SubgraphHarness } from '#test/helpers/subgraph-harness.js';
import { MeetingsWorkerModule } from '../../meetings-worker.module.js';
import { MeetingsModule } from '../../meetings.module.js';
import { NoticeEscalation } from '../notice-escalation.service.js';
import type { CaseDeadlineEvent } from '../events/case-deadline.handler.js';

/** A province of the test's own, in the meetings jurisdictions read model. */
export const tree = new JurisdictionTree({
  yunnan: { code: '530000', name: '云南省', level: 'PROVINCE', parent: null },
  kunming: { code: '530100', name: '昆明市', level: 'CITY', parent: 'yunnan' },
  qujing: { code: '530300', name: '曲靖市', level: 'CITY', parent: 'yunnan' },
  wuhua: { code: '530102', name: '五华区', level: 'COUNTY', parent: 'kunming' },
  panlong: { code: '530103', name: '盘龙区', level: 'COUNTY', parent: 'kunming' },
  huashan: { code: '530102001', name: '华山街道', level: 'TOWNSHIP', parent: 'wuhua' },
});
export type Key = (typeof tree.keys)[number];

/** 09:00 in China on 2026-03-02. */
export const START = new Date('2026-03-02T01:00:00Z');

/** A case clock as the cases service would announce it. */
export interface ClockSpec {
  caseId: string;
  number: string;
  title: string;
  stage: string;
  clockId: string;
  deadline: string;
  owner: Key;
  unitId: string | null;
}

export function caseClock(owner: Key, overrides: Partial<ClockSpec> = {}): ClockSpec {
  const caseId = randomUUID();
  return {
    caseId,
    number: `XF${caseId.slice(0, 8).toUpperCase()}`,
    title: '小区供暖不达标',
    stage: 'HANDLE',
    clockId: randomUUID(),
    deadline: '2026-03-05',
    owner,
    unitId: null,
    ...overrides,
  };
}

function envelope<P extends object>(topic: EventEnvelope['topic'], owner: Key, payload: P): EventEnvelope<P> {
  return {
    id: randomUUID(),
    topic,
    tenantId: tree.ids[owner],
    tenantPath: tree.pathOf(owner),
    requestId: `test-${topic}`,
    occurredAt: new Date().toISOString(),
    payload,
  };
}

export function trigger(
  clock: ClockSpec,
  kind: 'REMINDER' | 'OVERDUE',
  leadDays: number | null = kind === 'REMINDER' ? 3 : null,
): EventEnvelope<SupervisionTriggerPayload> {
  return envelope('supervision.triggered', clock.owner, {
    triggerId: `${clock.caseId}-${clock.clockId}-${kind}-${leadDays ?? 0}-${clock.deadline}`,
    kind,
    subjectType: 'CASE',
    subjectId: clock.caseId,
    subjectNumber: clock.number,
    subjectTitle: clock.title,
    stage: clock.stage,
    clockId: clock.clockId,
    deadline: clock.deadline,
    leadDays,
    responsibleTenantId: tree.ids[clock.owner],
    responsibleTenantPath: tree.pathOf(clock.owner),
    responsibleUnitId: clock.unitId,
    firedAt: START.toISOString(),
  });
}

export function deadlineChange(clock: ClockSpec, change: CaseDeadlineEvent['change'], stoppedOn: string | null = null): EventEnvelope<CaseDeadlineEvent> {
  return envelope('case.deadline', clock.owner, {
    caseId: clock.caseId,
    number: clock.number,
    caseTitle: clock.title,
    change,
    stageId: clock.clockId,
    stage: clock.stage,
    ownerTenantId: tree.ids[clock.owner],
    ownerTenantPath: tree.pathOf(clock.owner),
    handlingTenantId: tree.ids[clock.owner],
    handlingUnitId: clock.unitId,
    deadline: clock.deadline,
    stoppedOn,
  });
}

/**
 * The meetings subgraph and worker on a database of the file's own, sharing a manual clock; the
 * worker's consumer and escalation are driven by hand.
 */
export class SupervisionHarness extends SubgraphHarness<Key> {
  readonly clock = new ManualClock(START);

  constructor() {
    super(tree, 'meetings');
  }

  protected modules(config: AppConfig): HarnessModules {
    return {
      app: MeetingsModule.forRoot({ config, clock: this.clock }),
      worker: MeetingsWorkerModule.forRoot({ config, autoStart: false, clock: this.clock }),
    };
  }

  apply(event: EventEnvelope<object>): Promise<boolean> {
    return this.worker.get(EventWorker).consumer.apply(event);
  }

  /** Applies events of one tenant as one batch job would; returns how many were new. */
  applyBatch(events: readonly EventEnvelope<object>[]): Promise<number> {
    return this.worker.get(EventWorker).consumer.applyBatch(events);
  }

  escalateOnce(): Promise<number> {
    return this.worker.get(NoticeEscalation).escalateOnce();
  }

  gql<T, V>(token: string | undefined, document: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLResult<T>> {
    return gql(this.server, document, variables, token);
  }

  async rows<T extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.admin.query(sql, params)).rows;
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    return Number((await this.rows<{ count: string }>(sql, params))[0].count);
  }

  /** Row counts of every supervision table: a refused input must leave them all as they were. */
  async footprint(): Promise<Record<string, number>> {
    const tables = ['notices', 'notice_history', 'notice_feedback', 'supervised_subjects', 'supervision_settings', 'outbox', 'audit_log'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await this.count(`SELECT count(*) FROM meetings.${table}`);
    return counts;
  }
}

/** The fields of a notice the specs look at (`...SupervisionHarnessNotice` in a document). */
graphql(`
  fragment SupervisionHarnessNotice on SupervisionNotice {
    id
    version
    kind
    state
    reason
    text
    subjectType
    subjectId
    subjectNumber
    subjectTitle
    stage
    clockId
    deadline
    responsibleTenantId
    issuerTenantId
    issuerTenantName
    addresseeTenantId
    addresseeTenantName
    addresseeUnitId
    feedbackDue
    fixBy
    escalateOn
    escalatedFromId
    feedbackOverdue
    issuedAt
    readAt
    closedAt
    closeReason
  }
`);
