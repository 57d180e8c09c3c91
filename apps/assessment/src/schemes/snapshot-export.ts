import { GRADE_LABELS } from './domain/index.js';
import { attachmentDisposition, newWorkbook } from '#common/graphql';
import type { AssessmentSchemeView, AssessmentSnapshotView } from './dto/scheme.types.js';

export interface RankingFile {
  /** The name a bureau files it under, e.g. 2026年度信访工作考核排名.xlsx. */
  filename: string;
  content: Buffer;
}

/** The download's `Content-Disposition`: an ASCII fallback with the scheme id, the Chinese name per RFC 5987. */
export function rankingDisposition(schemeId: string, file: RankingFile): string {
  return attachmentDisposition(`assessment-ranking-${schemeId}.xlsx`, file.filename);
}

/**
 * The ranking table of a published scheme as the bureaus circulate it (通报排名表): a title with
 * the scheme and period, one column per item with its points, the total, the rank and the grade,
 * one row per jurisdiction in rank order.
 */
export async function snapshotWorkbook(scheme: AssessmentSchemeView, snapshot: AssessmentSnapshotView): Promise<RankingFile> {
  const workbook = await newWorkbook();
  workbook.created = snapshot.publishedAt;
  const sheet = workbook.addWorksheet('排名');
  const headers = ['名次', '单位', ...scheme.items.map((item) => `${item.name}（${item.points}分）`), '总分', '等次'];
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell(1, 1).value = `${scheme.name}（${scheme.periodLabel}）考核结果通报`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.getCell(2, 1).value = `统计截至 ${snapshot.asOf}，通报人 ${snapshot.publishedBy}`;
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  for (const target of snapshot.targets) {
    sheet.addRow([
      target.rank,
      target.name,
      ...scheme.items.map((item) => target.items.find((result) => result.code === item.code)?.points ?? null),
      target.total,
      target.grade ? GRADE_LABELS[target.grade] : null,
    ]);
  }
  sheet.getColumn(2).width = 16;
  const buffer = await workbook.xlsx.writeBuffer();
  return { filename: `${scheme.periodLabel}信访工作考核排名.xlsx`, content: Buffer.from(buffer) };
}
