import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AppError } from '#common/errors';
import { MAX_CASE_ATTACHMENTS, MAX_FILES_PER_UPLOAD, attachmentDescription, checkRoom } from '../attachment-rules.js';

const refusal = (run: () => unknown): AppError | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe('attachment rules', () => {
  it('accepts 1..5 files while the case holds at most 50, and refuses anything else with VALIDATION', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 }), (existing, adding) => {
        const error = refusal(() => checkRoom(existing, adding));
        const fits = adding >= 1 && adding <= MAX_FILES_PER_UPLOAD && existing + adding <= MAX_CASE_ATTACHMENTS;
        expect(error === null).toBe(fits);
        if (error) expect(error.extensions.code).toBe('VALIDATION');
      }),
    );
  });

  it('says how many more fit when the case file is nearly full', () => {
    const error = refusal(() => checkRoom(48, 3));
    expect(error?.message).toBe('每件信访事项最多 50 个附件，还可上传 2 个');
    expect(error?.extensions.details).toEqual({ maxAttachments: 50, remaining: 2 });
    expect(refusal(() => checkRoom(0, 6))?.message).toBe('一次最多上传 5 个文件');
  });

  it('keeps a description trimmed, an empty one as none, and refuses one over 200 characters', () => {
    expect(attachmentDescription(undefined)).toBeNull();
    expect(attachmentDescription('   ')).toBeNull();
    expect(attachmentDescription(' 来信扫描件 ')).toBe('来信扫描件');
    expect(refusal(() => attachmentDescription('字'.repeat(201)))?.message).toBe('附件说明不能超过 200 个字');
  });
});
