import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One tenant's own supervision settings; they apply to its subtree unless a tenant below sets its own. */
@Entity({ schema: 'meetings', name: 'supervision_settings' })
export class SupervisionSettingsEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;

  @Column('integer', { name: 'feedback_days', nullable: true })
  feedbackDays: number | null;

  @Column('integer', { name: 'escalation_interval_days', nullable: true })
  escalationIntervalDays: number | null;

  @Column('integer')
  version: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
