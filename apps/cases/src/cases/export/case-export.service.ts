import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { groupBy } from '#common/collections';
import type { ExportFile } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { CategoryService } from '../../categories/category.service.js';
import { CaseQueriesService } from '../case-queries.service.js';
import type { CaseFilter, CaseOrder } from '../dto/case-filter.input.js';
import { EXPORT_ROW_LIMIT, caseWorkbook, exportDisposition } from './case-workbook.js';

/**
 * The queue's list as an Excel file: the same query, filter and row-level security as the
 * `cases` list, with the names and clocks the list shows, a few statements for the whole file.
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly queries: CaseQueriesService,
    private readonly categories: CategoryService,
    private readonly clock: Clock,
  ) {}

  async cases(ctx: TenantContext, filter: CaseFilter, order?: CaseOrder): Promise<ExportFile> {
    const connection = await this.queries.cases(ctx, filter, { first: EXPORT_ROW_LIMIT }, order);
    const cases = connection.edges.map((edge) => edge.node);
    const ids = cases.map((kase) => kase.id);
    const [stages, offices, units, categories] = await Promise.all([
      this.queries.stagesOf(ctx, ids),
      this.queries.officesByIds(
        ctx,
        cases.map((kase) => kase.handlingTenantId),
      ),
      this.queries.unitsByIds(
        ctx,
        cases.flatMap((kase) => (kase.handlingUnitId ? [kase.handlingUnitId] : [])),
      ),
      this.categories.categories(ctx, true),
    ]);
    const leads = await this.queries.reminderLeadDaysOf(ctx, [...new Set(stages.filter((s) => s.stoppedOn === null).map((s) => s.ownerTenantId))]);
    const officeNames = new Map(offices.map((office) => [office.id, office.name]));
    const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
    const categoryNames = new Map(categories.map((category) => [category.id, category.fullName]));
    const stagesByCase = groupBy(stages, (stage) => stage.caseId);
    const rows = cases.map((kase) => ({
      kase,
      category: categoryNames.get(kase.categoryId) ?? null,
      holder:
        [officeNames.get(kase.handlingTenantId), kase.handlingUnitId ? unitNames.get(kase.handlingUnitId) : undefined].filter(Boolean).join(' / ') || null,
      clock: this.queries.runningClocks(stagesByCase.get(kase.id) ?? [], leads)[0] ?? null,
    }));
    const truncated = connection.pageInfo.hasNextPage;
    const total = truncated && connection.totalCount ? await connection.totalCount() : rows.length;
    return { disposition: exportDisposition(this.clock.today()), content: await caseWorkbook(rows, truncated, total), truncated };
  }
}
