import { Injectable } from '@nestjs/common';
import { compareMonths, compareRows, periodLabel, samePeriodLastYear } from '#common/statistics';
import type { TenantContext } from '#common/tenancy';
import { CaseQueriesService } from '../case-queries.service.js';
import { CaseCountBasis, CaseGrouping, type PeriodInput } from '../dto/case-filter.input.js';
import type { ExportFile } from '#common/graphql';
import { type StatisticsTable, statisticsDisposition, statisticsWorkbook } from './statistics-workbook.js';

const TABLES: readonly { grouping: CaseGrouping; title: string; groupName: string }[] = [
  { grouping: CaseGrouping.CHANNEL, title: '按信访渠道', groupName: '渠道' },
  { grouping: CaseGrouping.KIND, title: '按信访类别', groupName: '类别' },
  { grouping: CaseGrouping.CATEGORY, title: '按内容分类', groupName: '内容分类' },
  { grouping: CaseGrouping.CHILD_JURISDICTION, title: '按下级辖区（问题属地）', groupName: '辖区' },
  { grouping: CaseGrouping.MONTH, title: '按月份', groupName: '月份' },
];

const BASIS_NAMES: Readonly<Record<CaseCountBasis, string>> = {
  [CaseCountBasis.HANDLING_OFFICE]: '按办理机构',
  [CaseCountBasis.PROBLEM_JURISDICTION]: '按问题属地',
};

/**
 * The statistics page as an Excel file: the same `caseStatistics` counts and `caseBacklog` (same
 * basis, same jurisdiction, same row-level security) for the period and the same period of last year.
 */
@Injectable()
export class StatisticsExportService {
  constructor(private readonly queries: CaseQueriesService) {}

  async statistics(ctx: TenantContext, period: PeriodInput, basis: CaseCountBasis, jurisdictionId: string | null): Promise<ExportFile> {
    // First, so that a jurisdiction outside the caller's subtree is refused before any count.
    const name = await this.queries.jurisdictionName(ctx, jurisdictionId);
    const lastYear = samePeriodLastYear(period);
    const counts = (range: PeriodInput, grouping: CaseGrouping) => this.queries.statistics(ctx, range, grouping, basis, jurisdictionId);
    const tables: StatisticsTable[] = [];
    for (const { grouping, title, groupName } of TABLES) {
      const current = await counts(period, grouping);
      const previous = await counts(lastYear, grouping);
      const rows = grouping === CaseGrouping.MONTH ? compareMonths(current, previous, period) : compareRows(current, previous);
      tables.push({ title, groupName, rows });
    }
    const backlog = {
      current: await this.queries.backlog(ctx, period, basis, jurisdictionId),
      lastYear: await this.queries.backlog(ctx, lastYear, basis, jurisdictionId),
    };
    const label = periodLabel(period);
    const title = `${name}信访统计（${label}，${BASIS_NAMES[basis]}，同比为与上年同期 ${lastYear.from} 至 ${lastYear.to} 比较）`;
    return { disposition: statisticsDisposition(period.from, period.to, label), content: await statisticsWorkbook(title, tables, backlog), truncated: false };
  }
}
