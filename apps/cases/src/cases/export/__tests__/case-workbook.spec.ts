import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { isoDate } from '#common/calendar';
import type { RunningClock } from '../../../clocks/domain/index.js';
import { CASE_EXPORT_HEADERS, EXPORT_ROW_LIMIT, caseWorkbook, daysLeftText, exportDisposition } from '../case-workbook.js';

const clock = (overrides: Partial<RunningClock>): RunningClock => ({
  stage: 'ROUTE',
  name: '转送、交办',
  holder: 'OFFICE',
  deadline: isoDate('2026-08-18'),
  daysLeft: 3,
  overdueDays: 0,
  reminderLeadDays: [3],
  dueSoon: true,
  ...overrides,
});

describe('the Excel export of the case list', () => {
  it('words the days as the queue’s tag does; a petitioner’s window never falls overdue', () => {
    expect(daysLeftText(clock({}))).toBe('剩3天');
    expect(daysLeftText(clock({ daysLeft: 0 }))).toBe('今日到期');
    expect(daysLeftText(clock({ daysLeft: 0, overdueDays: 4 }))).toBe('逾期4天');
    expect(daysLeftText(clock({ holder: 'PETITIONER', daysLeft: 9 }))).toBe('窗口期剩9天');
    expect(daysLeftText(clock({ holder: 'PETITIONER', daysLeft: 0 }))).toBe('窗口期今日届满');
  });

  it('names the file by the day in UTF-8 with an ASCII fallback', () => {
    expect(exportDisposition(isoDate('2026-08-03'))).toBe(
      `attachment; filename="cases_2026-08-03.xlsx"; filename*=UTF-8''%E4%BF%A1%E8%AE%BF%E4%BA%8B%E9%A1%B9_2026-08-03.xlsx`,
    );
  });

  it('says under the last row that a list longer than the limit was cut', async () => {
    const read = async (content: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as never);
      return workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    };
    const cut = await read(await caseWorkbook([], true, 12_345));
    expect(cut[0].slice(1)).toEqual([...CASE_EXPORT_HEADERS]);
    expect(cut[1][1]).toBe(`仅导出前 ${EXPORT_ROW_LIMIT} 件（共 12345 件），请缩小筛选范围后分批导出`);
    expect(await read(await caseWorkbook([], false, 0))).toHaveLength(1);
  });
});
