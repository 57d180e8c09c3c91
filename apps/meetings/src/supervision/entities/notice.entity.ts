import { Column, Entity } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { TenantScoped } from '#common/db';
import type { NoticeKind, NoticeReason, NoticeState, SubjectType } from '../domain/index.js';

/**
 * A supervision notice. `tenantId`/`tenantPath` are the responsible tenant's (the jurisdiction
 * supervised): row-level security shows the notice to it and the tenants above.
 */
@Entity({ schema: 'meetings', name: 'notices' })
export class NoticeEntity extends TenantScoped {
  @Column('text')
  kind: NoticeKind;

  @Column('text')
  state: NoticeState;

  @Column('text', { nullable: true })
  reason: NoticeReason | null;

  @Column('text')
  text: string;

  @Column('text', { name: 'subject_type' })
  subjectType: SubjectType;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('text', { name: 'subject_number' })
  subjectNumber: string;

  @Column('text', { name: 'subject_title' })
  subjectTitle: string;

  @Column('text', { nullable: true })
  stage: string | null;

  @Column('uuid', { name: 'clock_id', nullable: true })
  clockId: string | null;

  @Column('date', { nullable: true })
  deadline: IsoDate | null;

  @Column('text', { name: 'trigger_id', nullable: true })
  triggerId: string | null;

  @Column('uuid', { name: 'issuer_tenant_id' })
  issuerTenantId: string;

  @Column('ltree', { name: 'issuer_tenant_path' })
  issuerTenantPath: string;

  @Column('text', { name: 'issuer_tenant_name' })
  issuerTenantName: string;

  @Column('uuid', { name: 'addressee_tenant_id' })
  addresseeTenantId: string;

  @Column('ltree', { name: 'addressee_tenant_path' })
  addresseeTenantPath: string;

  @Column('text', { name: 'addressee_tenant_name' })
  addresseeTenantName: string;

  @Column('uuid', { name: 'addressee_unit_id', nullable: true })
  addresseeUnitId: string | null;

  @Column('text', { name: 'addressee_unit_name', nullable: true })
  addresseeUnitName: string | null;

  @Column('uuid', { name: 'issued_by_id', nullable: true })
  issuedById: string | null;

  @Column('text', { name: 'issued_by_name' })
  issuedByName: string;

  @Column('date', { name: 'feedback_due', nullable: true })
  feedbackDue: IsoDate | null;

  @Column('date', { name: 'fix_by', nullable: true })
  fixBy: IsoDate | null;

  @Column('date', { name: 'escalate_on', nullable: true })
  escalateOn: IsoDate | null;

  @Column('uuid', { name: 'escalated_from', nullable: true })
  escalatedFrom: string | null;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @Column('timestamptz', { name: 'first_feedback_at', nullable: true })
  firstFeedbackAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('text', { name: 'close_reason', nullable: true })
  closeReason: string | null;

  /** Why the notice escalates no further: no office is left above its issuer. */
  @Column('text', { name: 'ladder_stopped_reason', nullable: true })
  ladderStoppedReason: string | null;

  @Column('integer')
  version: number;
}
