import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AttachmentOwnerKind, checkMayAttach } from '../attachment-owners.js';

const reason = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('who adds files to a report or a feedback', () => {
  it('is its author alone, and for a feedback only before the issuer decided on it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(AttachmentOwnerKind)),
        fc.option(fc.uuid()),
        fc.option(fc.uuid()),
        fc.boolean(),
        (kind, authorId, userId, decided) => {
          const allowed = userId !== null && authorId === userId && !decided;
          expect(reason(() => checkMayAttach({ kind, authorId, decided }, userId)) === null).toBe(allowed);
        },
      ),
    );
  });

  it('says why in Chinese', () => {
    const author = '7b0e4c1e-3a55-4a9b-9f3e-5d7a2f1c8e90';
    expect(reason(() => checkMayAttach({ kind: AttachmentOwnerKind.TASK_REPORT, authorId: author, decided: false }, null))).toBe(
      '只有进展报告的报送人可以上传其附件',
    );
    expect(reason(() => checkMayAttach({ kind: AttachmentOwnerKind.NOTICE_FEEDBACK, authorId: author, decided: true }, author))).toBe(
      '书面反馈已审核，不能再补充附件',
    );
  });
});
