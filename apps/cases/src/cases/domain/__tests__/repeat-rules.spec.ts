import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ErrorCode } from '#common/errors';
import {
  CaseState,
  CloseReason,
  DecisionOutcome,
  SIMILAR_TITLE,
  SIMILAR_TITLE_SAME_CATEGORY,
  alreadyFinalized,
  decideRepeat,
  isStrongRepeatMatch,
  repeatUnresolved,
  titleSimilarity,
  type RegisteredMatter,
} from '../index.js';
import { thrown } from './fixtures.js';

const title = fc.string({ unit: fc.constantFrom(...'某小区楼盘延期交房供暖拖欠工资物业维修基金 ，。（）ab1'), minLength: 0, maxLength: 20 });

describe('titleSimilarity', () => {
  it('is symmetric, between 0 and 1, and 1 for the same title', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        const s = titleSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(titleSimilarity(b, a)).toBeCloseTo(s, 12);
      }),
    );
    fc.assert(
      fc.property(
        title.filter((t) => /[^\s，。（）]/.test(t)),
        (a) => expect(titleSimilarity(a, a)).toBe(1),
      ),
    );
  });

  it('ignores spacing, punctuation and full-width forms', () => {
    expect(titleSimilarity('某楼盘延期交房', ' 某楼盘，延期交房。')).toBe(1);
    expect(titleSimilarity('ＡＢ小区供暖', 'ab小区供暖')).toBe(1);
  });

  it('measures shared character pairs: a changed word lowers it, an unrelated title is 0', () => {
    // 某楼 楼盘 期交 交房 shared of 6 + 6 pairs.
    expect(titleSimilarity('某楼盘延期交房', '某楼盘逾期交房')).toBeCloseTo(8 / 12, 12);
    expect(titleSimilarity('某楼盘延期交房', '某路段路灯不亮')).toBe(0);
    expect(titleSimilarity('', '')).toBe(0);
  });
});

describe('isStrongRepeatMatch', () => {
  it('needs the same identity', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (sameCategory, similarity) => {
        expect(isStrongRepeatMatch({ sameIdentity: false, sameCategory, titleSimilarity: similarity })).toBe(false);
      }),
    );
  });

  it('takes a nearly equal title in any category, and a partly similar one only within the same category', () => {
    const same = { sameIdentity: true };
    expect(isStrongRepeatMatch({ ...same, sameCategory: false, titleSimilarity: SIMILAR_TITLE })).toBe(true);
    expect(isStrongRepeatMatch({ ...same, sameCategory: false, titleSimilarity: SIMILAR_TITLE - 0.01 })).toBe(false);
    expect(isStrongRepeatMatch({ ...same, sameCategory: true, titleSimilarity: SIMILAR_TITLE_SAME_CATEGORY })).toBe(true);
    expect(isStrongRepeatMatch({ ...same, sameCategory: true, titleSimilarity: SIMILAR_TITLE_SAME_CATEGORY - 0.01 })).toBe(false);
    // The category alone is not the same matter: the same person may petition about another problem of it.
    expect(isStrongRepeatMatch({ ...same, sameCategory: true, titleSimilarity: 0 })).toBe(false);
  });

  it('is monotone: a more similar title never turns a match into none', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (sameCategory, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        if (isStrongRepeatMatch({ sameIdentity: true, sameCategory, titleSimilarity: low })) {
          expect(isStrongRepeatMatch({ sameIdentity: true, sameCategory, titleSimilarity: high })).toBe(true);
        }
      }),
    );
  });
});

describe('decideRepeat', () => {
  const open: RegisteredMatter = { id: 'a', number: '510104-2026-00000001', state: CaseState.ACCEPTED, registeredOn: '2026-06-01' };
  const closed: RegisteredMatter = { id: 'b', number: '510104-2026-00000002', state: CaseState.CLOSED, registeredOn: '2026-05-01' };
  const final: RegisteredMatter = { id: 'c', number: '510104-2026-00000003', state: CaseState.FINALIZED, registeredOn: '2026-01-05' };

  it('registers a first petition when nothing matches', () => {
    expect(decideRepeat([], {})).toEqual({ action: 'FIRST' });
  });

  it('refuses an unresolved strong match, open or finished, listing the matches', () => {
    expect(decideRepeat([open, closed], {})).toEqual({ action: 'REFUSE_UNRESOLVED', matches: [open, closed] });
  });

  it('links as a repeat, or registers as new with the reason, trimmed', () => {
    expect(decideRepeat([open], { repeatOfId: 'a' })).toEqual({ action: 'LINK', repeatOfId: 'a' });
    expect(decideRepeat([open], { newMatterReason: '  诉求为另一套房屋的交房问题 ' })).toEqual({ action: 'NEW', reason: '诉求为另一套房屋的交房问题' });
  });

  it('refuses a final matter whatever the registrar said', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([open, closed], { minLength: 0 }),
        fc.constantFrom({}, { repeatOfId: 'a' }, { newMatterReason: '新事项' }),
        (others, resolution) => {
          expect(decideRepeat([...others, final], resolution)).toEqual({ action: 'REFUSE_FINAL', match: final });
        },
      ),
    );
  });

  it('refuses a blank or overlong reason, and a link together with a reason', () => {
    expect(thrown(() => decideRepeat([open], { newMatterReason: '  ' })).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => decideRepeat([open], { newMatterReason: '长'.repeat(501) })).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => decideRepeat([open], { repeatOfId: 'a', newMatterReason: '新事项' })).code).toBe(ErrorCode.VALIDATION);
  });
});

describe('the refusals', () => {
  it('REPEAT_UNRESOLVED lists the matches by id, number, state and day only, with a Chinese message', () => {
    const error = repeatUnresolved([{ id: 'a', number: 'N1', state: CaseState.DELIVERED, registeredOn: '2026-06-01', title: '机密标题' } as RegisteredMatter]);
    expect(error.extensions).toEqual({
      code: 'REPEAT_UNRESOLVED',
      details: { matches: [{ id: 'a', number: 'N1', state: 'DELIVERED', registeredOn: '2026-06-01' }] },
    });
    expect(error.message).toContain('N1');
    expect(error.message).toContain('新事项的理由');
  });

  const original = {
    id: 'c',
    number: 'N3',
    finishedOn: '2026-12-10',
    outcome: DecisionOutcome.DOES_NOT_SUPPORT,
    decisionText: '复核维持复查意见。',
    closeReason: null,
    reviewTenantId: 'province',
  };

  it('ALREADY_FINALIZED cites the re-examination and its decider', () => {
    const error = alreadyFinalized(original, '四川省');
    expect(error.extensions.code).toBe('ALREADY_FINALIZED');
    expect(error.message).toContain('2026-12-10 经四川省复核终结');
    expect(error.message).toContain('第三十六条');
  });

  it('ALREADY_FINALIZED cites the lapsed window: review (Art 35) or re-examination (Art 36)', () => {
    const lapsedReview = alreadyFinalized({ ...original, closeReason: CloseReason.WINDOW_LAPSED, reviewTenantId: null, finishedOn: '2026-11-01' }, null);
    expect(lapsedReview.message).toContain('未在《信访工作条例》第三十五条规定的期限内申请复查');
    expect(lapsedReview.message).toContain('2026-11-01 期限届满终结');
    const lapsedReexamination = alreadyFinalized({ ...original, closeReason: CloseReason.WINDOW_LAPSED }, '成都市');
    expect(lapsedReexamination.message).toContain('第三十六条规定的期限内申请复核');
    expect(lapsedReexamination.extensions.details).toMatchObject({ closeReason: 'WINDOW_LAPSED', number: 'N3' });
  });
});
