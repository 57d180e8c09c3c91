import { Column, Entity } from 'typeorm';
import type { FeedbackDecision } from '../domain/index.js';
import { TenantScopedChild } from './tenant-scoped-child.js';

/** Written feedback of the addressee, with the issuer's decision on it. */
@Entity({ schema: 'meetings', name: 'notice_feedback' })
export class NoticeFeedbackEntity extends TenantScopedChild {
  @Column('text')
  text: string;

  @Column('text', { array: true })
  attachments: string[];

  @Column('uuid', { name: 'submitted_by_id', nullable: true })
  submittedById: string | null;

  @Column('text', { name: 'submitted_by_name' })
  submittedByName: string;

  @Column('uuid', { name: 'submitted_tenant_id' })
  submittedTenantId: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('text', { nullable: true })
  decision: FeedbackDecision | null;

  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment: string | null;

  @Column('uuid', { name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Column('text', { name: 'decided_by_name', nullable: true })
  decidedByName: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;
}
