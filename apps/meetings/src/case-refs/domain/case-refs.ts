/**
 * The fields of the cases service's `case.transitioned` this service keeps (it does not import
 * the cases app): the case's number and title, and what decides who may see it.
 */
export interface CaseTransitionedEvent {
  caseId: string;
  number: string;
  title: string;
  version: number;
  holderTenantPath: string;
  handlingUnitId: string | null;
  accusedUnitId: string | null;
  at: string;
}

/** A case as a reference shows it: its number and title come from the case, never from the client. */
export interface CaseRef {
  id: string;
  number: string;
  title: string;
}

/** Each case's latest version among events, whatever their order. */
export function latestPerCase(events: readonly CaseTransitionedEvent[]): CaseTransitionedEvent[] {
  const latest = new Map<string, CaseTransitionedEvent>();
  for (const payload of events) {
    // Fact events emitted before they carried these fields tell nothing of visibility.
    if (payload.holderTenantPath === undefined) continue;
    const seen = latest.get(payload.caseId);
    if (!seen || seen.version < payload.version) latest.set(payload.caseId, payload);
  }
  return [...latest.values()];
}
