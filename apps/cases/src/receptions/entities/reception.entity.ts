import { Column, CreateDateColumn, Entity } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { TenantScoped } from '#common/db';

/** A leader's reception day (领导接访) at one tenant; visitors' cases point to it. */
@Entity({ schema: 'cases', name: 'receptions' })
export class ReceptionEntity extends TenantScoped {
  @Column('uuid', { name: 'leader_id' })
  leaderId: string;

  /** The leader's name when the reception was scheduled, kept as it appeared on the day. */
  @Column('text', { name: 'leader_name' })
  leaderName: string;

  @Column('date')
  date: IsoDate;

  @Column('text', { nullable: true })
  place: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
