import { attachmentDisposition, newWorkbook } from '#common/graphql';
import { BACKLOG_LINES, type BacklogFigures, type ComparedRow, totalOf, yearOnYearChange } from '#common/statistics';

/** One table of the file: its title, what its rows are, and the rows beside last year's. */
export interface StatisticsTable {
  title: string;
  groupName: string;
  rows: readonly ComparedRow[];
}

export const STATISTICS_HEADERS = ['本期件数', '本期人次', '上年同期件数', '上年同期人次', '件数同比', '人次同比'] as const;

/** `信访统计_<period>.xlsx`, with an ASCII fallback. */
export function statisticsDisposition(from: string, to: string, label: string): string {
  return attachmentDisposition(`statistics_${from}_${to}.xlsx`, `信访统计_${label}.xlsx`);
}

/**
 * One sheet: the title, then each table with its header, its rows and a total line, then the backlog
 * at the period's end beside the same day of last year; changes as percentages.
 */
export async function statisticsWorkbook(
  title: string,
  tables: readonly StatisticsTable[],
  backlog: { current: BacklogFigures; lastYear: BacklogFigures },
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('信访统计');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  for (const table of tables) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow([table.groupName, ...STATISTICS_HEADERS]).font = { bold: true };
    for (const row of [...table.rows, totalOf(table.rows)]) {
      const line = sheet.addRow([
        row.label,
        row.batches,
        row.personTimes,
        row.lastYearBatches,
        row.lastYearPersonTimes,
        row.batchesChange,
        row.personTimesChange,
      ]);
      for (const column of [6, 7]) line.getCell(column).numFmt = '0.00%';
    }
  }
  sheet.addRow([]);
  sheet.addRow([`积存（截至 ${backlog.current.asOf}，上年同期截至 ${backlog.lastYear.asOf}）`]).font = { bold: true };
  sheet.addRow(['项目', '期末', '上年同期末', '同比']).font = { bold: true };
  for (const { key, label } of BACKLOG_LINES) {
    const [current, lastYear] = [backlog.current[key], backlog.lastYear[key]];
    sheet.addRow([label, current, lastYear, yearOnYearChange(current, lastYear)]).getCell(4).numFmt = '0.00%';
  }
  sheet.getColumn(1).width = 24;
  for (const column of [2, 3, 4, 5, 6, 7]) sheet.getColumn(column).width = 14;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
