import { Column, Entity } from 'typeorm';
import { TenantScoped } from '#common/db';

/**
 * A node of a province's category tree (内容分类). The rows belong to the province (root tenant);
 * the inherited read policy lets every tenant below read its province's tree.
 */
@Entity({ schema: 'cases', name: 'categories' })
export class CategoryEntity extends TenantScoped {
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('integer')
  ordinal: number;

  @Column('boolean')
  active: boolean;

  /** Optimistic lock, checked and raised by the service's conditional update. */
  @Column('integer')
  version: number;
}
