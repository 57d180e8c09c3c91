import type { IsoDate, Stage } from '#common/calendar';
import type { ClockTrigger } from '#common/deadlines';
import type { OutboxEvent, SupervisionTriggerPayload } from '#common/events';

/** An open clock as supervision needs it, with its case and its owner. */
export interface OpenClock {
  caseTenantId: string;
  stageId: string;
  caseId: string;
  stage: Stage;
  deadline: IsoDate | null;
  ownerTenantId: string;
  ownerTenantPath: string;
  caseNumber: string;
  caseTitle: string;
  handlingTenantId: string;
  handlingUnitId: string | null;
}

export interface ClockKey {
  caseTenantId: string;
  stageId: string;
}

export interface DueTrigger {
  clock: OpenClock;
  trigger: ClockTrigger;
}

/** The `supervision.triggered` event of a trigger, under the clock's owner (the tenant responsible). */
export function supervisionTriggerEvent({ clock, trigger }: DueTrigger, firedAt: Date): OutboxEvent {
  const payload: SupervisionTriggerPayload = {
    triggerId: trigger.id,
    kind: trigger.kind,
    subjectType: 'CASE',
    subjectId: clock.caseId,
    subjectNumber: clock.caseNumber,
    subjectTitle: clock.caseTitle,
    stage: clock.stage,
    clockId: clock.stageId,
    deadline: trigger.deadline,
    leadDays: trigger.leadDays,
    responsibleTenantId: clock.ownerTenantId,
    responsibleTenantPath: clock.ownerTenantPath,
    // A unit is the handling tenant's; a reviewing tenant answers for its clock as a whole.
    responsibleUnitId: clock.ownerTenantId === clock.handlingTenantId ? clock.handlingUnitId : null,
    firedAt: firedAt.toISOString(),
  };
  return { topic: 'supervision.triggered', payload, tenant: { tenantId: clock.ownerTenantId, tenantPath: clock.ownerTenantPath } };
}
