import { beforeAll, describe, expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { CaseView } from '../../helpers/case-api.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);

/** The case's file (一案一卷) on the case page: upload a scanned letter, see it listed, download it; a disguised file is refused in Chinese. */
export function caseAttachmentScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('case attachments', () => {
    let kase: CaseView;

    beforeAll(async () => {
      const { api } = suite;
      kase = await api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '来信反映小区电梯长期停运',
        content: '来信反映锦江区某小区电梯停运两月，要求尽快修复。',
        problemJurisdictionId: await api.idOf('jj.registrar', 'tenant', '510104'),
        petitioners: [{ name: '贺某', representative: false }],
      });
    }, 120_000);

    it('jj.registrar uploads the scanned letter on the case page, sees it listed and downloads it under its Chinese name', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases/${kase.id}`);
      const card = page.getByTestId('case-attachments');
      await card.getByText('暂无附件').waitFor({ timeout: 60_000 });

      await card.locator('input[type=file]').setInputFiles({ name: '来信扫描件.pdf', mimeType: 'application/pdf', buffer: PDF });
      const item = card.getByTestId('attachment-list').locator('.ant-list-item').filter({ hasText: '来信扫描件.pdf' });
      await item.waitFor();
      await expect(item.textContent()).resolves.toMatch(/1 KB · .+ · \d{4}/);

      const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: '下载' }).click()]);
      expect(download.suggestedFilename()).toBe('来信扫描件.pdf');
      expect(Buffer.compare(await readFile((await download.path())!), PDF)).toBe(0);

      await card.locator('input[type=file]').setInputFiles({ name: '发票.pdf', mimeType: 'application/pdf', buffer: EXE });
      await expect(card.getByTestId('file-upload-error').textContent()).resolves.toMatch(/^「发票\.pdf」上传失败：不支持的文件类型/);
      await expect(card.locator('.ant-list-item').count()).resolves.toBe(1);
    }, 120_000);
  });
}
