import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantLevel } from '#common/directory';

/** A jurisdiction (one tenant) as the assessment service knows it, kept from `tenant.created`. */
@Entity({ schema: 'assessment', name: 'jurisdictions' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
