import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { residentIdCheckChar } from '../../../../../libs/common/src/pii/resident-id';
import type { Channel } from '../../gql/graphql';
import {
  COLLECTIVE_MIN_PERSONS,
  MAX_VISIT_REPRESENTATIVES,
  effectivePersonCount,
  formFieldOf,
  idNumberWhileTyping,
  isCollective,
  personCountProblem,
  phoneValidator,
  registerCaseInput,
  registrationRefusalOf,
  repeatQueryOf,
  representativeProblem,
  representativeProblemAt,
  treeOf,
  type PetitionerValues,
  type RegistrationValues,
} from '../registration';

const body = '51010419850612301';
const ID = body + residentIdCheckChar(body);
const CHANNELS: Channel[] = ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'VIDEO', 'HOTLINE'];

const base: RegistrationValues = {
  channel: 'VISIT',
  kind: 'CLAIM',
  categoryId: 'cat-1',
  title: '  小区停车费乱收费  ',
  content: '\n业主反映物业违规收取停车费。 ',
  problemJurisdictionId: 'tenant-1',
  petitioners: [{ name: ' 周某 ', idNumber: ` ${ID.toLowerCase()} `, phone: ' 13800138000 ', address: '  ', representative: true }],
};

/** Text with padding of spaces, tabs and line breaks around it. */
const padded = fc.tuple(
  fc.constantFrom('', ' ', '\t', '\n ', '\u3000'),
  fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  fc.constantFrom('', ' ', '\n'),
);

describe('registerCaseInput', () => {
  it('trims the texts, upper-cases the ID number and drops the empty optional fields', () => {
    expect(registerCaseInput(base, { kind: 'none' })).toEqual({
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: 'cat-1',
      title: '小区停车费乱收费',
      content: '业主反映物业违规收取停车费。',
      problemJurisdictionId: 'tenant-1',
      petitioners: [{ name: '周某', idNumber: ID, phone: '13800138000', representative: true }],
    });
  });

  it('never sends an empty or padded optional text, whatever the clerk typed', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (idNumber, phone, address) => {
          const [sent] = registerCaseInput({ ...base, petitioners: [{ name: '周某', idNumber, phone, address }] }, { kind: 'none' }).petitioners;
          for (const value of [sent.idNumber, sent.phone, sent.address]) {
            if (value === undefined) continue;
            expect(value).not.toBe('');
            expect(value).toBe(value!.trim());
          }
          expect(sent.representative).toBe(false);
        },
      ),
    );
  });

  it('sends the title and content without their padding', () => {
    fc.assert(
      fc.property(padded, ([before, text, after]) => {
        const input = registerCaseInput({ ...base, title: `${before}${text}${after}` }, { kind: 'none' });
        expect(input.title).toBe(text.trim());
      }),
    );
  });

  it('sends the accused unit only for an accusation and the reception day only for a visit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.constantFrom('ACCUSATION', 'CLAIM', 'SUGGESTION' as const), (channel, kind) => {
        const input = registerCaseInput(
          { ...base, channel, kind, accusedUnitId: 'unit-1', receptionId: 'reception-1', leaderOwnerId: 'leader-1' },
          { kind: 'none' },
        );
        expect(input.accusedUnitId).toBe(kind === 'ACCUSATION' ? 'unit-1' : undefined);
        expect(input.receptionId).toBe(channel === 'VISIT' ? 'reception-1' : undefined);
        expect(input.leaderOwnerId).toBe('leader-1');
      }),
    );
  });

  it('sends person-times only when given, so the server counts the petitioners otherwise', () => {
    expect(registerCaseInput(base, { kind: 'none' })).not.toHaveProperty('personCount');
    expect(registerCaseInput({ ...base, personCount: null }, { kind: 'none' })).not.toHaveProperty('personCount');
    expect(registerCaseInput({ ...base, personCount: 6 }, { kind: 'none' }).personCount).toBe(6);
  });

  it('carries the repeat choice: a link, or the reason it is new, never both and never an empty reason', () => {
    expect(registerCaseInput(base, { kind: 'link', caseId: 'case-9', number: '510104-2026-1' })).toMatchObject({ repeatOfId: 'case-9' });
    expect(registerCaseInput(base, { kind: 'link', caseId: 'case-9', number: 'x' })).not.toHaveProperty('newMatterReason');
    expect(registerCaseInput(base, { kind: 'new', reason: '  另一套房屋的问题 ' })).toMatchObject({ newMatterReason: '另一套房屋的问题' });
    expect(registerCaseInput(base, { kind: 'new', reason: '   ' })).not.toHaveProperty('newMatterReason');
    expect(registerCaseInput(base, { kind: 'new', reason: '理由' })).not.toHaveProperty('repeatOfId');
  });

  it('skips the rows Form.List left empty', () => {
    expect(registerCaseInput({ ...base, petitioners: [undefined, { name: '吴某' }] }, { kind: 'none' }).petitioners).toEqual([
      { name: '吴某', representative: false },
    ]);
  });
});

describe('representatives of a visit (at most five)', () => {
  const group = (representatives: number, others = 0): PetitionerValues[] => [
    ...Array.from({ length: representatives }, (_, i) => ({ name: `代表${i}`, representative: true })),
    ...Array.from({ length: others }, (_, i) => ({ name: `群众${i}` })),
  ];

  it('refuses the sixth representative of a visit and names the limit', () => {
    const six = group(6);
    for (let i = 0; i < 5; i++) expect(representativeProblemAt('VISIT', six, i)).toBeNull();
    expect(representativeProblemAt('VISIT', six, 5)).toContain('不得超过 5 人');
    expect(representativeProblem('VISIT', six)).toBe('集体来访推选的代表不得超过 5 人（现有 6 人）');
  });

  it('agrees with the server rule for any group: refused exactly when a visit has more than five', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.array(fc.boolean(), { maxLength: 12 }), (channel, flags) => {
        const petitioners = flags.map((representative, i) => ({ name: `p${i}`, representative }));
        const count = flags.filter(Boolean).length;
        const refused = channel === 'VISIT' && count > MAX_VISIT_REPRESENTATIVES;
        expect(representativeProblem(channel, petitioners) !== null).toBe(refused);
        // The field-level rule marks exactly the representatives beyond the fifth.
        const marked = petitioners.filter((_, i) => representativeProblemAt(channel, petitioners, i) !== null).length;
        expect(marked).toBe(refused ? count - MAX_VISIT_REPRESENTATIVES : 0);
      }),
    );
  });
});

describe('person-times', () => {
  it('may exceed the petitioners named, never fall below them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50 }), (personCount, petitioners) => {
        expect(personCountProblem(personCount, petitioners) === null).toBe(personCount >= petitioners);
      }),
    );
    expect(personCountProblem(undefined, 3)).toBeNull();
    expect(personCountProblem(0, 1)).toBe('人次应为正整数');
    expect(personCountProblem(2.5, 1)).toBe('人次应为正整数');
  });

  it('counts the petitioners when no figure is given; five or more is a collective visit', () => {
    expect(effectivePersonCount(undefined, 2)).toBe(2);
    expect(effectivePersonCount(6, 2)).toBe(6);
    expect(isCollective(COLLECTIVE_MIN_PERSONS - 1)).toBe(false);
    expect(isCollective(COLLECTIVE_MIN_PERSONS)).toBe(true);
  });
});

describe('phoneValidator', () => {
  it('accepts mobiles and landlines with area code, and an empty field', async () => {
    for (const phone of ['13800138000', '028-86001234', '02886001234', '', '  ', undefined]) await expect(phoneValidator(null, phone)).resolves.toBeUndefined();
  });

  it('refuses anything else with the server’s Chinese message', async () => {
    for (const phone of ['12345', '86001234', '1380013800']) await expect(phoneValidator(null, phone)).rejects.toThrow('电话号码格式无效');
  });
});

describe('idNumberWhileTyping', () => {
  it('leaves an unfinished number alone and flags a wrong character or check character at once', async () => {
    for (let length = 0; length < 18; length++) await expect(idNumberWhileTyping(null, ID.slice(0, length))).resolves.toBeUndefined();
    await expect(idNumberWhileTyping(null, ID)).resolves.toBeUndefined();
    await expect(idNumberWhileTyping(null, '5101A')).rejects.toThrow('数字');
    await expect(idNumberWhileTyping(null, body + (ID.endsWith('0') ? '1' : '0'))).rejects.toThrow('身份证号码校验位错误');
  });
});

describe('repeatQueryOf', () => {
  it('asks with the complete valid ID numbers and phones, the title and the content', () => {
    const query = repeatQueryOf({
      ...base,
      petitioners: [
        { name: '周某', idNumber: ID.toLowerCase(), phone: '138 0013 8000' },
        { name: '吴某', idNumber: ID.slice(0, 10), phone: '123' },
        { name: '郑某', idNumber: ID },
      ],
    });
    expect(query).toEqual({ title: '小区停车费乱收费', content: '业主反映物业违规收取停车费。', idNumbers: [ID], phones: ['13800138000'] });
  });

  it('waits while there is too little to search by, as the server would refuse it', () => {
    expect(repeatQueryOf({ petitioners: [{ name: '周某', idNumber: ID.slice(0, 17) }] })).toBeNull();
    expect(repeatQueryOf({ title: '停车' })).toBeNull();
    expect(repeatQueryOf({ title: '停车收费' })).not.toBeNull();
    expect(repeatQueryOf({ petitioners: [{ phone: '13800138000' }] })).not.toBeNull();
  });

  it('sends no more than 1000 characters of content', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 3000 }), (content) => {
        const query = repeatQueryOf({ title: '小区停车费乱收费', content });
        expect(query!.content.length).toBeLessThanOrEqual(1000);
      }),
    );
  });
});

describe('treeOf', () => {
  it('nests a flat list in tree order; an item whose parent is outside the list is a root', () => {
    const tree = treeOf(
      [
        { id: 'a', parentId: 'outside', name: '锦江区' },
        { id: 'b', parentId: 'a', name: '春熙路街道' },
        { id: 'c', parentId: 'a', name: '书院街街道' },
      ],
      (t) => ({ title: t.name }),
    );
    expect(tree).toEqual([
      {
        value: 'a',
        title: '锦江区',
        children: [
          { value: 'b', title: '春熙路街道' },
          { value: 'c', title: '书院街街道' },
        ],
      },
    ]);
  });

  it('keeps every item exactly once, whatever the forest', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), (parents) => {
        // Each item's parent comes earlier in the list, or is outside it.
        const items = parents.map((p, i) => ({ id: `n${i}`, parentId: p < i ? `n${p}` : null }));
        const seen: string[] = [];
        const walk = (nodes: { value: string; children?: unknown[] }[]) =>
          nodes.forEach((node) => {
            seen.push(node.value);
            walk((node.children ?? []) as { value: string }[]);
          });
        walk(treeOf(items, (item) => ({ title: item.id })));
        expect(seen.sort()).toEqual(items.map((item) => item.id).sort());
      }),
    );
  });
});

describe('registrationRefusalOf', () => {
  it('puts the input validation’s field reasons next to the form’s fields', () => {
    const refusal = registrationRefusalOf({
      message: '标题长度应为 1–200 个字',
      extensions: {
        code: 'VALIDATION',
        field: 'input.title',
        details: { fields: { 'input.title': ['标题长度应为 1–200 个字'], 'input.petitioners.1.name': ['信访人姓名长度应为 1–100 个字'] } },
      },
    });
    expect(refusal).toEqual({
      repeat: null,
      message: null,
      fields: [
        { name: ['title'], errors: ['标题长度应为 1–200 个字'] },
        { name: ['petitioners', 1, 'name'], errors: ['信访人姓名长度应为 1–100 个字'] },
      ],
    });
  });

  it('puts an identity check’s refusal next to that petitioner’s field', () => {
    const refusal = registrationRefusalOf({
      message: '身份证号码校验位错误',
      extensions: { code: 'VALIDATION', details: { field: 'petitioners[2].idNumber', reason: 'CHECKSUM' } },
    });
    expect(refusal.fields).toEqual([{ name: ['petitioners', 2, 'idNumber'], errors: ['身份证号码校验位错误'] }]);
    expect(refusal.message).toBeNull();
  });

  it('shows a validation without a form field as one message', () => {
    const refusal = registrationRefusalOf({
      message: '集体来访推选的代表不得超过 5 人（收到 6 人）',
      extensions: { code: 'VALIDATION', details: { representatives: 6 } },
    });
    expect(refusal).toEqual({ repeat: null, fields: [], message: '集体来访推选的代表不得超过 5 人（收到 6 人）' });
    expect(formFieldOf('input.petitioners')).toBeNull();
    expect(formFieldOf('input.repeatOfId')).toBeNull();
  });

  it('hands REPEAT_UNRESOLVED with its candidates, and ALREADY_FINALIZED, to the repeat panel', () => {
    const matches = [{ id: 'c1', number: '510104-2026-00000001', state: 'REGISTERED', registeredOn: '2026-07-01' }];
    expect(
      registrationRefusalOf({ message: '该信访人已有相同或相似的信访事项', extensions: { code: 'REPEAT_UNRESOLVED', details: { matches } } }).repeat,
    ).toEqual({
      code: 'REPEAT_UNRESOLVED',
      message: '该信访人已有相同或相似的信访事项',
      matches,
    });
    const final = registrationRefusalOf({ message: '不再受理', extensions: { code: 'ALREADY_FINALIZED', details: { caseId: 'c1' } } });
    expect(final.repeat).toEqual({ code: 'ALREADY_FINALIZED', message: '不再受理', matches: [] });
    expect(final.message).toBeNull();
  });

  it('says the network failed when there is no answer at all', () => {
    expect(registrationRefusalOf(undefined).message).toBe('网络连接失败，请稍后再试');
    expect(registrationRefusalOf({ message: '无权执行此操作', extensions: { code: 'FORBIDDEN' } }).message).toBe('无权执行此操作');
  });
});
