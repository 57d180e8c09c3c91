import { Column } from 'typeorm';
import { TenantScoped } from '#common/db';

/** The key of a notice's history and feedback rows: the notice's tenant and path, and the notice. */
export abstract class TenantScopedChild extends TenantScoped {
  @Column('uuid', { name: 'notice_id' })
  noticeId: string;
}
