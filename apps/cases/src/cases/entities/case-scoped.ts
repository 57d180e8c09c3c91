import { Column, PrimaryColumn } from 'typeorm';

/**
 * The key of a row that belongs to a case: the case's registering tenant and its own id. Such rows
 * carry no tenant path; their policy asks whether the case is visible.
 */
export abstract class CaseScoped {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;
}
