/**
 * Every event that crosses a service boundary, and which services consume it. The relay fans an
 * outbox row out to one queue per consumer; a consumer refuses to start without a handler for
 * each topic routed to it.
 */
export const EVENT_ROUTES = {
  'tenant.created': ['meetings', 'assessment'],
  // The whole fact row of a case after each transition: the assessment facts, and the cases the
  // meetings service may reference (a task's linked cases, an agenda item) with who may see them.
  'case.transitioned': ['assessment', 'meetings'],
  // The cases service schedules its own deadline jobs from these; supervision closes the notices
  // of a clock that stopped and keeps the subjects it may be asked to supervise.
  'case.deadline': ['cases', 'meetings'],
  'supervision.triggered': ['meetings'],
  // Notice transitions, for the assessment facts.
  'supervision.notice': ['assessment'],
  // Meetings held by a conference, for the assessment facts (meetings held per kind).
  'meeting.held': ['assessment'],
  // Task transitions of joint conferences, for the assessment facts (on-time completion).
  'task.transitioned': ['assessment'],
  // A tenant established its joint conference: conference coverage.
  'conference.established': ['assessment'],
  // A tenant's own calendar settings or holiday overrides changed: task deadlines follow them.
  'calendar.changed': ['meetings'],
  // An assessor asks a source service to emit its facts of a period again (assessment rebuilds).
  'facts.replay.requested': ['cases', 'meetings'],
  // A task's deadline clock started, moved or stopped: the meetings worker keeps its jobs.
  'task.deadline': ['meetings'],
  // Messages to petitioners written by a case step (or sent again): the cases worker queues their sending.
  'petitioner.message': ['cases'],
} as const satisfies Record<string, readonly ConsumerName[]>;

export type ConsumerName = 'cases' | 'meetings' | 'assessment';
export type EventTopic = keyof typeof EVENT_ROUTES;

/** The topics routed to a consumer. */
export type TopicOf<C extends ConsumerName> = { [T in EventTopic]: C extends (typeof EVENT_ROUTES)[T][number] ? T : never }[EventTopic];

/**
 * Topics a consumer takes in batches, because they come in bursts: a reconciliation pass emits
 * tens of thousands of triggers within seconds, and every registration and transition starts,
 * moves or stops a clock. The relay (in the producer's worker) delivers them as one job per tenant
 * and up to `BATCH_JOB_SIZE` events, which the consumer applies in one transaction with the batch
 * handler it declares for the topic. Every other route is one job per event.
 */
export const BATCHED_ROUTES: { readonly [C in ConsumerName]?: readonly TopicOf<C>[] } = {
  meetings: ['supervision.triggered', 'case.deadline', 'task.deadline', 'case.transitioned'],
  cases: ['case.deadline'],
  assessment: ['case.transitioned', 'supervision.notice', 'task.transitioned'],
};

/**
 * Batched topics whose events a consumer takes a whole province at a time rather than one tenant
 * at a time: its batch handler writes rows no tenant's rules bind (the assessment facts, written by
 * the consumer alone and attributed by their payloads), so it needs no tenant's context beyond
 * the first event's. Live transitions come from the many tenants holding cases; batched per tenant
 * they average one or two events a job, and each pays for a whole transaction.
 */
export const PROVINCE_BATCHED_ROUTES: { readonly [C in ConsumerName]?: readonly TopicOf<C>[] } = {
  assessment: ['case.transitioned', 'supervision.notice', 'task.transitioned'],
};

/** Most events in one batch job: a transaction, and a job's data in Redis, stay small. */
export const BATCH_JOB_SIZE = 200;

/** BullMQ job name of a batch (a per-event job is named by its topic). */
export const EVENT_BATCH_JOB = 'batch';

/** The data of a batch job: events of one tenant, in outbox order. */
export interface EventBatch {
  events: EventEnvelope[];
}

export interface EventEnvelope<P = Record<string, unknown>> {
  id: string;
  topic: EventTopic;
  tenantId: string;
  tenantPath: string;
  requestId: string;
  /** The W3C trace context of the span that emitted the event; absent or null when it was not traced. */
  traceparent?: string | null;
  occurredAt: string;
  payload: P;
}

export interface TenantCreatedPayload {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  path: string;
}

/**
 * `calendar.changed`: what a tenant itself sets of the statutory calendar, whole, as it stands
 * after a change (its ancestors' come in their own events), under that tenant.
 */
export interface CalendarChangedPayload {
  /** Null when the tenant leaves them to its ancestors; an empty list turns reminders off. */
  reminderLeadDays: number[] | null;
  declaredYears: number[];
  overrides: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }[];
  changedAt: string;
}

/** The services whose facts the assessment read model keeps. */
export type FactSource = 'CASES' | 'MEETINGS';

/**
 * `facts.replay.requested`: the source emits the fact events of its records of the period again,
 * as they stand now, within the requesting tenant's subtree (it is applied as that tenant). Cases
 * are those registered in the period; tasks those created or due in it; notices those issued in
 * it; meetings those held in it.
 */
/** The action a fact event names when it is emitted again for a rebuild. */
export const FACT_REPLAY = 'REPLAY';

export interface FactReplayRequest {
  source: FactSource;
  from: string;
  to: string;
  /** A replay too long for one transaction goes on in another request, after this record id. */
  after?: string;
}

/** What supervision watches: a case's clock, or (joint conferences) a task's deadline. */
export type SupervisedSubjectType = 'CASE' | 'TASK';

/** Before the deadline (提醒), or once it has run out (逾期). */
export type DeadlineTriggerKind = 'REMINDER' | 'OVERDUE';

/**
 * `supervision.triggered`: the owner of a deadline found, in a transaction with the subject
 * locked, that a clock is still open and due for a reminder or overdue. Emitted under the
 * responsible tenant (the clock's owner), so the notice it becomes is that tenant's.
 */
export interface SupervisionTriggerPayload {
  /** Deterministic (subject, clock, kind, lead, deadline): the same trigger twice is one notice. */
  triggerId: string;
  kind: DeadlineTriggerKind;
  subjectType: SupervisedSubjectType;
  subjectId: string;
  /** Case number or task code, and title, for the addressee's inbox. */
  subjectNumber: string;
  subjectTitle: string;
  /** The clock: a case stage (HANDLE, ROUTE …) or TASK. */
  stage: string;
  /** The clock's own row (a stage can run again after a send-back; each run is its own clock). */
  clockId: string;
  deadline: string;
  /** Reminders: how many days before the deadline; null for OVERDUE. */
  leadDays: number | null;
  responsibleTenantId: string;
  responsibleTenantPath: string;
  responsibleUnitId: string | null;
  /**
   * The office that owns the deadline, when it is above the responsible tenant (a task a conference
   * assigned to a child tenant's conference); absent when the responsible tenant owns it.
   */
  ownerTenantId?: string;
  ownerTenantPath?: string;
  /** ISO instant the owner emitted it (its clock, which tests control). */
  firedAt: string;
}

/** BullMQ queue of one consumer service (no `:` allowed in BullMQ names and ids). */
export function eventQueueName(consumer: ConsumerName): string {
  return `events-${consumer}`;
}

export function consumersOf(topic: EventTopic): readonly ConsumerName[] {
  return EVENT_ROUTES[topic];
}

export function takesInBatches(consumer: ConsumerName, topic: EventTopic): boolean {
  return (BATCHED_ROUTES[consumer] as readonly EventTopic[] | undefined)?.includes(topic) ?? false;
}

/** Whether a batch of the consumer's may hold a topic's events of a whole province (see PROVINCE_BATCHED_ROUTES). */
export function batchesByProvince(consumer: ConsumerName, topic: EventTopic): boolean {
  return (PROVINCE_BATCHED_ROUTES[consumer] as readonly EventTopic[] | undefined)?.includes(topic) ?? false;
}

/** The province of a tenant path: its first label. */
export function provinceOf(tenantPath: string): string {
  const dot = tenantPath.indexOf('.');
  return dot === -1 ? tenantPath : tenantPath.slice(0, dot);
}

/**
 * The jobs of one consumer for events in outbox order: an event alone, or a batch of the events
 * the consumer takes in batches — of one tenant, or of one province for the topics it batches so —
 * up to BATCH_JOB_SIZE each (a new one once one is full).
 */
export function consumerJobs<E extends EventEnvelope<object>>(consumer: ConsumerName, events: readonly E[]): (E | E[])[] {
  const jobs: (E | E[])[] = [];
  const filling = new Map<string, E[]>();
  for (const event of events) {
    if (!takesInBatches(consumer, event.topic)) {
      jobs.push(event);
      continue;
    }
    const key = batchesByProvince(consumer, event.topic) ? `province ${provinceOf(event.tenantPath)}` : `tenant ${event.tenantId} ${event.tenantPath}`;
    let group = filling.get(key);
    if (!group || group.length === BATCH_JOB_SIZE) {
      group = [];
      filling.set(key, group);
      jobs.push(group);
    }
    group.push(event);
  }
  return jobs;
}

export function topicsConsumedBy(consumer: ConsumerName): EventTopic[] {
  return (Object.keys(EVENT_ROUTES) as EventTopic[]).filter((topic) => (EVENT_ROUTES[topic] as readonly ConsumerName[]).includes(consumer));
}
