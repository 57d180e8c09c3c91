import { Column, PrimaryColumn } from 'typeorm';

/** The key of a notice's history and feedback rows: the notice's tenant, and the notice. */
export abstract class TenantScopedChild {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'notice_id' })
  noticeId: string;
}
