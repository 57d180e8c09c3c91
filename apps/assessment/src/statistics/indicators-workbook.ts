import { newWorkbook } from '#common/graphql';
import { IndicatorKind } from '../schemes/domain/index.js';
import type { IndicatorValueView } from './dto/indicator-value.type.js';

const HEADERS = ['指标', '本期', '分子', '分母', '上年同期', '计算方法'] as const;

/**
 * The statistics page's main indicators as one sheet: each indicator's value (rates and
 * year-on-year changes as percentages, counts as numbers), its numerator and denominator or last
 * year's count, and its formula in Chinese, as the assessment computes them.
 */
export async function indicatorsWorkbook(title: string, values: readonly IndicatorValueView[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('主要指标');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow([...HEADERS]).font = { bold: true };
  for (const { indicator, value, numerator, denominator, previous } of values) {
    const line = sheet.addRow([indicator.name, value, numerator, denominator, previous, indicator.formula]);
    if (indicator.kind !== IndicatorKind.COUNT) line.getCell(2).numFmt = '0.00%';
  }
  sheet.getColumn(1).width = 28;
  for (const column of [2, 3, 4, 5]) sheet.getColumn(column).width = 12;
  sheet.getColumn(6).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
