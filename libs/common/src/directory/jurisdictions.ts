import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { TenantLevel } from './tenant-level.js';
import type { TenantCreatedPayload } from '../events/catalogue.js';

/**
 * The columns of a service's own copy of the tenant tree (`<schema>.jurisdictions`), kept from
 * `tenant.created` events. Each service declares its entity on top, with the columns it adds.
 */
export abstract class JurisdictionColumns {
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

/**
 * Records a created tenant, in the event consumer's transaction and the new tenant's context.
 * The tenant id is the natural key, so an event delivered again adds nothing.
 */
export async function recordJurisdiction(em: EntityManager, schema: string, tenant: TenantCreatedPayload): Promise<void> {
  await em.query(
    `INSERT INTO ${schema}.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id) DO NOTHING`,
    [tenant.id, tenant.path, tenant.parentId, tenant.code, tenant.name, tenant.level],
  );
}
