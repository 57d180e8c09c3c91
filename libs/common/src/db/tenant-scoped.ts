import { Column, PrimaryColumn } from 'typeorm';

/**
 * The key of every business row: `(tenant_id, id)`, so the schema can be distributed by tenant,
 * and the owning tenant's path, which row-level security tests.
 */
export abstract class TenantScoped {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;
}
