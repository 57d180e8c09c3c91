import { Column, Entity } from 'typeorm';
import { TenantScopedChild } from './tenant-scoped-child.js';
import type { NoticeAction, NoticeState } from '../domain/index.js';

/** One change of a notice: who, when, from which state to which, and why. Append-only. */
@Entity({ schema: 'meetings', name: 'notice_history' })
export class NoticeHistoryEntity extends TenantScopedChild {
  @Column('integer')
  seq: number;

  @Column('text')
  action: NoticeAction;

  @Column('text', { name: 'from_state', nullable: true })
  fromState: NoticeState | null;

  @Column('text', { name: 'to_state' })
  toState: NoticeState;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('uuid', { name: 'actor_tenant_id' })
  actorTenantId: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz')
  at: Date;
}
