import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '#common/errors';
import { CaseRefStore } from './case-ref.store.js';
import type { CaseRef } from './domain/case-refs.js';

/**
 * The cases this service may reference (`meetings.case_refs`), kept from `case.transitioned`;
 * row-level security mirrors the cases service's rules, so a reference is checked against what
 * the caller may see without asking the cases service at run time.
 */
@Injectable()
export class CaseRefsService {
  constructor(private readonly store: CaseRefStore) {}

  /**
   * The referenced cases, in the order given, when the caller may see every one of them; else
   * NOT_FOUND naming the field and the cases (unknown and not visible are the same refusal).
   */
  async visible(em: EntityManager, ids: readonly string[], field: { name: string; label: string }): Promise<CaseRef[]> {
    if (ids.length === 0) return [];
    const rows = await this.store.byIds(em, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new AppError(ErrorCode.NOT_FOUND, `${field.label}中有信访事项不存在或不在本辖区内`, { field: field.name, caseIds: [...new Set(missing)] });
    }
    return ids.map((id) => byId.get(id)!);
  }
}
