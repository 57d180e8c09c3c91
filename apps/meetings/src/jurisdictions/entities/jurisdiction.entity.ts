import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantLevel } from '#common/directory';

/** A jurisdiction (one tenant) as the meetings service knows it, kept from `tenant.created`. */
@Entity({ schema: 'meetings', name: 'jurisdictions' })
export class JurisdictionEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column({ type: 'enum', enum: TenantLevel, enumName: 'tenant_level' })
  level: TenantLevel;

  /** Set by the joint-conference feature when the jurisdiction establishes its conference. */
  @Column('boolean', { name: 'has_conference' })
  hasConference: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
