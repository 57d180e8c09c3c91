import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AppError } from '../../errors/index.js';
import { attachmentDescription, checkAttachmentRoom, type AttachmentLimits } from '../attachment-limits.js';
import { asciiFileName } from '../file-requests.js';

const CASE: AttachmentLimits = { perUpload: 5, perHolder: 50, holder: '每件信访事项' };

const refusal = (run: () => unknown): AppError | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe('attachment limits', () => {
  it('accepts 1..perUpload files while the holder keeps at most perHolder, and refuses anything else with VALIDATION', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 12 }),
        (perUpload, perHolder, existing, adding) => {
          const error = refusal(() => checkAttachmentRoom(existing, adding, { perUpload, perHolder, holder: '每项' }));
          expect(error === null).toBe(adding >= 1 && adding <= perUpload && existing + adding <= perHolder);
          if (error) expect(error.extensions.code).toBe('VALIDATION');
        },
      ),
    );
  });

  it('says how many more fit when the holder is nearly full', () => {
    const error = refusal(() => checkAttachmentRoom(48, 3, CASE));
    expect(error?.message).toBe('每件信访事项最多 50 个附件，还可上传 2 个');
    expect(error?.extensions.details).toEqual({ maxAttachments: 50, remaining: 2 });
    expect(refusal(() => checkAttachmentRoom(0, 6, CASE))?.message).toBe('一次最多上传 5 个文件');
    expect(refusal(() => checkAttachmentRoom(0, 0, CASE))?.message).toBe('请选择要上传的文件');
  });

  it('keeps a description trimmed, an empty one as none, and refuses one over 200 characters', () => {
    expect(attachmentDescription(undefined)).toBeNull();
    expect(attachmentDescription('   ')).toBeNull();
    expect(attachmentDescription(' 来信扫描件 ')).toBe('来信扫描件');
    expect(refusal(() => attachmentDescription('字'.repeat(201)))?.message).toBe('附件说明不能超过 200 个字');
  });

  it('gives a Chinese name an ASCII fallback that keeps its extension', () => {
    expect(asciiFileName('来信扫描件.pdf')).toBe('attachment.pdf');
    expect(asciiFileName('现场照片 2026-03.PNG')).toBe('2026-03.PNG');
    expect(asciiFileName('report.final.docx')).toBe('report.final.docx');
    expect(asciiFileName('说明')).toBe('attachment');
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(asciiFileName(name)).toMatch(/^[A-Za-z0-9._-]+$/);
      }),
    );
  });
});
