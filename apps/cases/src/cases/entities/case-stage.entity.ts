import { Column, Entity } from 'typeorm';
import { CaseScoped } from './case-scoped.js';
import type { IsoDate, Pause, Stage } from '#common/calendar';

/** One run of a statutory clock on a case, with the deadline stored when it started. */
@Entity({ schema: 'cases', name: 'case_stages' })
export class CaseStageEntity extends CaseScoped {
  @Column('text')
  stage: Stage;

  @Column('uuid', { name: 'owner_tenant_id' })
  ownerTenantId: string;

  @Column('date', { name: 'started_on' })
  startedOn: IsoDate;

  @Column('date', { name: 'base_deadline', nullable: true })
  baseDeadline: IsoDate | null;

  @Column('date', { nullable: true })
  deadline: IsoDate | null;

  @Column('integer', { name: 'extension_days' })
  extensionDays: number;

  @Column('jsonb')
  pauses: Pause[];

  @Column('boolean')
  provisional: boolean;

  @Column('date', { name: 'stopped_on', nullable: true })
  stoppedOn: IsoDate | null;

  @Column('boolean', { name: 'on_time', nullable: true })
  onTime: boolean | null;

  @Column('integer')
  version: number;
}
