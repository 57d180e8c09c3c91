import { Column, Entity } from 'typeorm';
import type { IsoDate, Pause, Stage } from '#common/calendar';
import { TenantScoped } from '#common/db';
import type {
  CaseKind,
  CaseState,
  Channel,
  CloseReason,
  CompletionReportStatus,
  DecisionOutcome,
  DeclineReason,
  OpinionResult,
  Rating,
} from '../domain/index.js';

/**
 * A case (信访事项). `tenantId` is the registering tenant and never changes; `tenantPath` is the
 * path of the tenant that holds the case now, which row-level security tests (see the migration).
 * Written only through `CaseRepository`, so every change goes through the optimistic version check.
 */
@Entity({ schema: 'cases', name: 'cases' })
export class CaseEntity extends TenantScoped {
  @Column('text')
  number: string;

  @Column('text')
  channel: Channel;

  @Column('text')
  kind: CaseKind;

  @Column('uuid', { name: 'category_id' })
  categoryId: string;

  @Column('text')
  title: string;

  @Column('text')
  content: string;

  @Column('uuid', { name: 'problem_jurisdiction_id' })
  problemJurisdictionId: string;

  @Column('ltree', { name: 'problem_jurisdiction_path' })
  problemJurisdictionPath: string;

  @Column('uuid', { name: 'handling_tenant_id' })
  handlingTenantId: string;

  @Column('uuid', { name: 'handling_unit_id', nullable: true })
  handlingUnitId: string | null;

  @Column('uuid', { name: 'routing_tenant_id', nullable: true })
  routingTenantId: string | null;

  @Column('uuid', { name: 'assigning_tenant_id', nullable: true })
  assigningTenantId: string | null;

  @Column('date', { name: 'completion_report_due', nullable: true })
  completionReportDue: IsoDate | null;

  @Column('uuid', { name: 'deciding_tenant_id', nullable: true })
  decidingTenantId: string | null;

  @Column('uuid', { name: 'review_tenant_id', nullable: true })
  reviewTenantId: string | null;

  @Column('uuid', { name: 'chain_tenant_ids', array: true })
  chainTenantIds: string[];

  @Column('uuid', { name: 'accused_unit_id', nullable: true })
  accusedUnitId: string | null;

  @Column('integer', { name: 'person_count' })
  personCount: number;

  @Column('uuid', { name: 'leader_owner_id', nullable: true })
  leaderOwnerId: string | null;

  @Column('uuid', { name: 'reception_id', nullable: true })
  receptionId: string | null;

  @Column('text')
  state: CaseState;

  @Column('text', { name: 'open_stages', array: true })
  openStages: Stage[];

  @Column('date', { nullable: true })
  deadline: IsoDate | null;

  @Column('text', { name: 'deadline_stage', nullable: true })
  deadlineStage: Stage | null;

  @Column('boolean')
  assigned: boolean;

  @Column('text', { name: 'completion_report' })
  completionReport: CompletionReportStatus;

  @Column('integer', { name: 'send_back_count' })
  sendBackCount: number;

  @Column('boolean', { name: 'extension_used' })
  extensionUsed: boolean;

  @Column('boolean')
  delivered: boolean;

  @Column('text', { nullable: true })
  rating: Rating | null;

  @Column('timestamptz', { name: 'rated_at', nullable: true })
  ratedAt: Date | null;

  /** SHA-256 of the petitioner's rating link; the link itself is shown once, when delivered. */
  @Column('text', { name: 'rating_token_hash', nullable: true, select: false })
  ratingTokenHash: string | null;

  /** The last day the rating link may be used. */
  @Column('date', { name: 'rating_link_valid_until', nullable: true, select: false })
  ratingLinkValidUntil: IsoDate | null;

  @Column('text', { nullable: true })
  outcome: DecisionOutcome | null;

  @Column('text', { name: 'decision_text', nullable: true })
  decisionText: string | null;

  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn: IsoDate | null;

  @Column('text', { name: 'review_result', nullable: true })
  reviewResult: OpinionResult | null;

  @Column('text', { name: 'reexamination_result', nullable: true })
  reexaminationResult: OpinionResult | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  @Column('text', { name: 'decline_target', nullable: true })
  declineTarget: string | null;

  @Column('text', { name: 'close_reason', nullable: true })
  closeReason: CloseReason | null;

  @Column('jsonb')
  hearings: Pause[];

  @Column('uuid', { name: 'repeat_of_id', nullable: true })
  repeatOfId: string | null;

  /** Why a registration that strongly matched registered cases is a new matter nonetheless. */
  @Column('text', { name: 'new_matter_reason', nullable: true })
  newMatterReason: string | null;

  @Column('integer', { name: 'repeat_count' })
  repeatCount: number;

  @Column('boolean', { name: 'level_skipping' })
  levelSkipping: boolean;

  @Column('boolean', { name: 'handled_below' })
  handledBelow: boolean;

  @Column('date', { name: 'registered_on' })
  registeredOn: IsoDate;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  /** The user who registered the case (null for a registration no user made). */
  @Column('uuid', { name: 'registered_by', nullable: true })
  registeredBy: string | null;

  @Column('date', { name: 'finished_on', nullable: true })
  finishedOn: IsoDate | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('integer')
  version: number;
}
