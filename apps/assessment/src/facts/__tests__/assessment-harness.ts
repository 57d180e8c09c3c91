import { randomUUID } from 'node:crypto';
import type { QueryResultRow } from 'pg';
import { ManualClock } from '#common/clock';
import type { AppConfig } from '#common/config';
import type { EventEnvelope, EventTopic } from '#common/events';
import { EventWorker } from '#common/worker';
import type { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { type HarnessModules, SubgraphHarness } from '#test/helpers/subgraph-harness.js';
import { AssessmentWorkerModule } from '../../assessment-worker.module.js';
import { AssessmentModule } from '../../assessment.module.js';
import type { CaseFactEvent, NoticeFactEvent, TaskFactEvent } from '../domain/fact-rows.js';

/**
 * The assessment subgraph and worker on a database of the file's own, sharing a manual clock, with
 * the tree's jurisdictions in the read model; facts arrive as the events the other services
 * emit, applied by the worker's consumer as the relay would hand them over.
 */
export class AssessmentHarness<K extends string> extends SubgraphHarness<K> {
  constructor(
    tree: JurisdictionTree<K>,
    readonly clock = new ManualClock(new Date('2026-12-01T01:00:00Z')),
  ) {
    super(tree, 'assessment');
  }

  protected modules(config: AppConfig): HarnessModules {
    return {
      app: AssessmentModule.forRoot({ config, clock: this.clock }),
      worker: AssessmentWorkerModule.forRoot({ config, autoStart: false, clock: this.clock }),
    };
  }

  /** An event as the relay hands it over, under the tenant that emitted it. */
  envelope<P extends object>(topic: EventTopic, emitter: K, payload: P): EventEnvelope<P> {
    return {
      id: randomUUID(),
      topic,
      tenantId: this.tree.ids[emitter],
      tenantPath: this.tree.pathOf(emitter),
      requestId: `test-${topic}`,
      occurredAt: this.clock.now().toISOString(),
      payload,
    };
  }

  /** Applies events as the consumer's jobs would: batched topics one batch per tenant, the others one by one. */
  async deliver(events: readonly EventEnvelope<object>[], batched = true): Promise<void> {
    const consumer = this.worker.get(EventWorker).consumer;
    if (!batched) {
      for (const event of events) await consumer.apply(event);
      return;
    }
    const byTenant = new Map<string, EventEnvelope<object>[]>();
    for (const event of events) byTenant.set(event.tenantId, [...(byTenant.get(event.tenantId) ?? []), event]);
    for (const group of byTenant.values()) await consumer.applyBatch(group);
  }

  /**
   * A case's fact event: a first-petition claim registered at the problem jurisdiction, not ended,
   * unless told otherwise; of the current shape (with its ending; `oldShape` strips it).
   */
  caseFact(problem: K, overrides: Partial<CaseFactEvent> = {}): CaseFactEvent {
    const caseId = randomUUID();
    return {
      caseId,
      number: `XF${caseId.slice(0, 8)}`,
      version: 1,
      toState: 'REGISTERED',
      problemJurisdictionId: this.tree.ids[problem],
      problemJurisdictionPath: this.tree.pathOf(problem),
      kind: 'CLAIM',
      channel: 'VISIT',
      categoryId: randomUUID(),
      firstPetition: true,
      levelSkipping: false,
      collective: false,
      personCount: 1,
      leaderOwnerId: null,
      receptionId: null,
      registeredOn: '2026-03-02',
      finishedOn: null,
      rating: null,
      outcome: null,
      declineReason: null,
      closeReason: null,
      ending: null,
      final: false,
      reviewResult: null,
      reexaminationResult: null,
      stages: [],
      ...overrides,
    };
  }

  /** The event as the cases service emitted it before it recorded the ending (still queued during an upgrade). */
  oldShape(event: CaseFactEvent): CaseFactEvent {
    const { ending: _ending, final: _final, reviewResult: _review, reexaminationResult: _reexamination, ...old } = event;
    return old;
  }

  noticeFact(responsible: K, overrides: Partial<NoticeFactEvent> = {}): NoticeFactEvent {
    return {
      noticeId: randomUUID(),
      version: 1,
      toState: 'ISSUED',
      kind: 'SUPERVISION',
      reason: 'OVERDUE',
      subjectType: 'CASE',
      subjectId: randomUUID(),
      subjectNumber: 'XF0001',
      responsibleTenantId: this.tree.ids[responsible],
      responsibleTenantPath: this.tree.pathOf(responsible),
      feedbackDue: '2026-04-01',
      issuedAt: '2026-03-02T01:00:00Z',
      firstFeedbackAt: null,
      ...overrides,
    };
  }

  taskFact(assigning: K, overrides: Partial<TaskFactEvent> = {}): TaskFactEvent {
    const taskId = randomUUID();
    return {
      taskId,
      version: 1,
      number: `RW2026-${taskId.slice(0, 6)}-1`,
      assigningTenantId: this.tree.ids[assigning],
      assigneeKind: 'CONFERENCE',
      assigneeName: '下级联席会议',
      listKind: 'REDUCE_BACKLOG',
      listed: false,
      to: 'ASSIGNED',
      deadline: '2026-03-31',
      createdOn: '2026-03-02',
      reportedDoneOn: null,
      closedOn: null,
      ...overrides,
    };
  }

  readonly rows = async (sql: string, params: unknown[] = []): Promise<QueryResultRow[]> => (await this.admin.query(sql, params)).rows;
}
