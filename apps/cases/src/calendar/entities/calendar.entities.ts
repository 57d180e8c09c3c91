import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DayUnit, IsoDate, Stage } from '#common/calendar';
import { TenantScoped } from '#common/db';

/** A tenant's calendar settings; they apply to its whole subtree (see `effectiveRule`). */
@Entity({ schema: 'cases', name: 'calendar_settings' })
export class CalendarSettingsEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;

  @Column('text', { name: 'day_counting', nullable: true })
  dayCounting: DayUnit | null;

  @Column('jsonb')
  tightenings: Partial<Record<Stage, number>>;

  @Column('integer', { name: 'declared_years', array: true })
  declaredYears: number[];

  /** Days before a deadline that reminders go out, longest first; null inherits (see `effectiveReminderLeadDays`). */
  @Column('integer', { name: 'reminder_lead_days', array: true, nullable: true })
  reminderLeadDays: number[] | null;

  @Column('integer')
  version: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

/** A day a tenant sets apart from the official calendar, for itself and its subtree. */
@Entity({ schema: 'cases', name: 'holiday_overrides' })
export class HolidayOverrideEntity extends TenantScoped {
  @Column('date')
  date: IsoDate;

  @Column('text')
  kind: 'HOLIDAY' | 'WORKDAY';

  @Column('text')
  name: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

/** The record of one recomputation of open deadlines after a calendar change. */
@Entity({ schema: 'cases', name: 'deadline_recomputations' })
export class DeadlineRecomputationEntity extends TenantScoped {
  @Column('text')
  reason: string;

  @Column('integer', { name: 'stages_checked' })
  stagesChecked: number;

  @Column('integer', { name: 'stages_changed' })
  stagesChanged: number;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt: Date;

  @Column('timestamptz', { name: 'finished_at' })
  finishedAt: Date;
}
