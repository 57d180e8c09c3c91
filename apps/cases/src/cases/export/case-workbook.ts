import { attachmentDisposition, newWorkbook } from '#common/graphql';
import type { IsoDate } from '#common/calendar';
import type { RunningClock } from '../../clocks/domain/index.js';
import { CASE_KIND_LABELS, CASE_STATE_LABELS, CHANNEL_LABELS } from '../domain/index.js';
import type { CaseEntity } from '../entities/index.js';

/** The most rows one export holds: a larger list is cut, and the sheet says so under the last row. */
export const EXPORT_ROW_LIMIT = 10_000;

export const CASE_EXPORT_HEADERS = ['编号', '标题', '渠道', '类别', '内容分类', '状态', '办理机构', '期限', '剩余/逾期天数', '登记日期'] as const;

/** One case as the queue shows it, with the names its ids stand for. */
export interface CaseExportRow {
  kase: CaseEntity;
  category: string | null;
  holder: string | null;
  /** The soonest running clock: the one the holder must act on first. */
  clock: RunningClock | null;
}

/** How the queue's tag words a clock (the console's clockTag): 剩N天, 今日到期, 逾期N天; a petitioner's window never falls overdue. */
export function daysLeftText(clock: RunningClock): string {
  if (clock.holder === 'PETITIONER') return clock.daysLeft === 0 ? '窗口期今日届满' : `窗口期剩${clock.daysLeft}天`;
  if (clock.overdueDays > 0) return `逾期${clock.overdueDays}天`;
  return clock.daysLeft === 0 ? '今日到期' : `剩${clock.daysLeft}天`;
}

/** `信访事项_<date>.xlsx`, as an RFC 6266 header value with an ASCII fallback and the UTF-8 name (RFC 5987). */
export function exportDisposition(today: IsoDate): string {
  return attachmentDisposition(`cases_${today}.xlsx`, `信访事项_${today}.xlsx`);
}

/** The filtered list as a sheet: a header row, one row per case in list order, and a note when the list was cut. */
export async function caseWorkbook(rows: readonly CaseExportRow[], truncated: boolean, total: number): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('信访事项');
  sheet.addRow([...CASE_EXPORT_HEADERS]).font = { bold: true };
  for (const { kase, category, holder, clock } of rows) {
    sheet.addRow([
      kase.number,
      kase.title,
      CHANNEL_LABELS[kase.channel],
      CASE_KIND_LABELS[kase.kind],
      category,
      CASE_STATE_LABELS[kase.state],
      holder,
      clock ? `${clock.name} ${clock.deadline}` : null,
      clock ? daysLeftText(clock) : null,
      kase.registeredOn,
    ]);
  }
  if (truncated) sheet.addRow([`仅导出前 ${EXPORT_ROW_LIMIT} 件（共 ${total} 件），请缩小筛选范围后分批导出`]);
  for (const [column, width] of [
    [1, 24],
    [2, 40],
    [5, 24],
    [7, 30],
    [8, 24],
  ] as const)
    sheet.getColumn(column).width = width;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
