import { Column, Entity } from 'typeorm';
import { CaseScoped } from './case-scoped.js';
import type { CaseAction, CaseState } from '../domain/index.js';

/** One step of a case's timeline: who did what, when, and why. Append-only. */
@Entity({ schema: 'cases', name: 'case_transitions' })
export class CaseTransitionEntity extends CaseScoped {
  @Column('integer')
  seq: number;

  @Column('text')
  action: CaseAction;

  @Column('text', { name: 'from_state', nullable: true })
  fromState: CaseState | null;

  @Column('text', { name: 'to_state' })
  toState: CaseState;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('uuid', { name: 'actor_tenant_id' })
  actorTenantId: string;

  @Column('jsonb')
  details: Record<string, unknown>;

  @Column('text', { name: 'request_id' })
  requestId: string;

  @Column('timestamptz')
  at: Date;
}
