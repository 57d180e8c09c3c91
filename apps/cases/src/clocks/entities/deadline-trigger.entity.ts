import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { DeadlineTriggerKind } from '#common/events';

/**
 * A supervision trigger the owner of a clock emitted. Its deterministic id is the key: whoever
 * inserts it first (a job, its retry, another worker, the reconciliation) emits the event.
 */
@Entity({ schema: 'cases', name: 'deadline_triggers' })
export class DeadlineTriggerEntity {
  @PrimaryColumn('text', { name: 'trigger_id' })
  triggerId: string;

  /** The clock's owner, the tenant responsible. */
  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;

  @Column('uuid', { name: 'case_tenant_id' })
  caseTenantId: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('uuid', { name: 'stage_id' })
  stageId: string;

  @Column('text')
  kind: DeadlineTriggerKind;

  @Column('integer', { name: 'lead_days', nullable: true })
  leadDays: number | null;

  @Column('date')
  deadline: IsoDate;

  @Column('timestamptz', { name: 'fired_at' })
  firedAt: Date;
}
