/**
 * Every event that crosses a service boundary, and which services consume it. The relay fans an
 * outbox row out to one queue per consumer; a consumer refuses to start without a handler for
 * each topic routed to it.
 */
export const EVENT_ROUTES = {
  'tenant.created': ['meetings', 'assessment'],
  // Consumed once supervision (meetings) and the assessment facts exist; until then relayed to no one.
  'case.transitioned': [],
  'case.deadline': [],
} as const satisfies Record<string, readonly ConsumerName[]>;

export type ConsumerName = 'cases' | 'meetings' | 'assessment';
export type EventTopic = keyof typeof EVENT_ROUTES;

export interface EventEnvelope<P = Record<string, unknown>> {
  id: string;
  topic: EventTopic;
  tenantId: string;
  tenantPath: string;
  requestId: string;
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

/** BullMQ queue of one consumer service (no `:` allowed in BullMQ names and ids). */
export function eventQueueName(consumer: ConsumerName): string {
  return `events-${consumer}`;
}

export function consumersOf(topic: EventTopic): readonly ConsumerName[] {
  return EVENT_ROUTES[topic];
}

export function topicsConsumedBy(consumer: ConsumerName): EventTopic[] {
  return (Object.keys(EVENT_ROUTES) as EventTopic[]).filter((topic) =>
    (EVENT_ROUTES[topic] as readonly ConsumerName[]).includes(consumer),
  );
}
