import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateSync } from 'class-validator';
import { TextLength, inputValidationPipe } from '../validation.js';
import { AppError, ErrorCode } from '../../errors/index.js';
import { withoutSuggestions } from '../suggestions.plugin.js';

class Titled {
  @TextLength(1, 10, { message: '标题长度应为 1–10 个字' })
  title!: string;
}

class Listed {
  @TextLength(1, 5, { each: true, message: '每项长度应为 1–5 字' })
  items!: string[];
}

const errorsOf = <T extends object>(target: T, values: Partial<T>) => validateSync(Object.assign(target, values));

const WHITESPACE = [' ', '\t', '\n', '\u3000', '\u00a0'];

describe('TextLength', () => {
  it('refuses a required text made only of whitespace, full-width spaces included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: 10 }), (chars) => {
        const errors = errorsOf(new Titled(), { title: chars.join('') });
        expect(errors).toHaveLength(1);
        expect(errors[0].constraints?.notBlank).toBe('标题长度应为 1–10 个字，且不能只含空白字符');
      }),
    );
  });

  it('accepts a text with anything besides whitespace, within the length', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 10 }).filter((s) => /\S/u.test(s)),
        (title) => {
          expect(errorsOf(new Titled(), { title })).toEqual([]);
        },
      ),
    );
  });

  it('still checks the length, and each item of a list', () => {
    expect(errorsOf(new Titled(), { title: '' })[0].constraints).toHaveProperty('isLength');
    expect(errorsOf(new Titled(), { title: 'x'.repeat(11) })[0].constraints).toHaveProperty('isLength');
    expect(errorsOf(new Listed(), { items: ['ok', '\u3000\u3000'] })[0].constraints).toHaveProperty('notBlank');
    expect(errorsOf(new Listed(), { items: ['ok', '好'] })).toEqual([]);
  });
});

describe('the input validation pipe', () => {
  it('answers VALIDATION naming the first refused field, with every field’s reasons', async () => {
    const pipe = inputValidationPipe();
    const refused = await pipe.transform({ title: '   ' }, { type: 'body', metatype: Titled, data: 'input' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).extensions).toEqual({
      code: ErrorCode.VALIDATION,
      field: 'input.title',
      details: { fields: { 'input.title': ['标题长度应为 1–10 个字，且不能只含空白字符'] } },
    });
    // Arguments validated together (an @ArgsType) are named by themselves.
    const all = await pipe.transform({ title: '' }, { type: 'body', metatype: Titled }).catch((error: unknown) => error);
    expect((all as AppError).extensions.field).toBe('title');
  });
});

describe('suggestions', () => {
  it('strips graphql-js’s guesses from a message, keeping the rest', () => {
    expect(withoutSuggestions('请求不符合接口定义：Cannot query field "nope" on type "Query". Did you mean "node" or "note"?')).toBe(
      '请求不符合接口定义：Cannot query field "nope" on type "Query".',
    );
    expect(withoutSuggestions('Value "SATISF" does not exist in "Rating" enum. Did you mean the enum value "SATISFIED"?')).toBe(
      'Value "SATISF" does not exist in "Rating" enum.',
    );
    expect(withoutSuggestions('未登录或登录已失效')).toBe('未登录或登录已失效');
  });
});
