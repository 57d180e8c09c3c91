import { Column, Entity } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { CaseScoped } from './case-scoped.js';
import type { DecisionOutcome, OpinionKind, OpinionResult } from '../domain/index.js';

/** One opinion of a case (处理、复查、复核意见), as issued. Append-only. */
@Entity({ schema: 'cases', name: 'case_opinions' })
export class CaseOpinionEntity extends CaseScoped {
  @Column('integer')
  seq: number;

  @Column('text')
  kind: OpinionKind;

  @Column('text')
  outcome: DecisionOutcome;

  @Column('text', { nullable: true })
  result: OpinionResult | null;

  @Column('boolean', { name: 'result_inferred' })
  resultInferred: boolean;

  @Column('uuid', { name: 'reviewed_opinion_id', nullable: true })
  reviewedOpinionId: string | null;

  @Column('text', { nullable: true })
  text: string | null;

  @Column('uuid', { name: 'issuer_tenant_id' })
  issuerTenantId: string;

  @Column('uuid', { name: 'issuer_unit_id', nullable: true })
  issuerUnitId: string | null;

  @Column('uuid', { name: 'issued_by', nullable: true })
  issuedBy: string | null;

  @Column('text', { name: 'issued_by_name' })
  issuedByName: string;

  @Column('date', { name: 'issued_on' })
  issuedOn: IsoDate;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;
}
