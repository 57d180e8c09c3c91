import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { findNulByte, formatInputPath } from '../string-inputs.js';

function check(query: string, variables: Record<string, unknown> = {}): string | null {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return findNulByte(document, operation, variables);
}

/** Any JSON-like input value of strings, numbers, booleans, nulls, lists and objects. */
const inputValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string().filter((s) => !s.includes('\u0000')),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Puts a NUL byte into the first string of `value` (if any), returning the new value and its path. */
function poison(value: unknown, path: (string | number)[] = []): { value: unknown; path: (string | number)[] } | null {
  if (typeof value === 'string') return { value: `${value}\u0000`, path };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const hit = poison(item, [...path, i]);
      if (hit) return { value: value.map((v, j) => (j === i ? hit.value : v)), path: hit.path };
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      const hit = poison(item, [...path, name]);
      if (hit) return { value: { ...value, [name]: hit.value }, path: hit.path };
    }
  }
  return null;
}

describe('NUL bytes in inputs', () => {
  it('finds none in clean inputs, and the one put anywhere into a variable, by its path', () => {
    fc.assert(
      fc.property(inputValue, (value) => {
        expect(check('mutation ($input: X) { save(input: $input) { id } }', { input: value })).toBeNull();
        const hit = poison(value);
        if (!hit) return;
        expect(check('mutation ($input: X) { save(input: $input) { id } }', { input: hit.value })).toBe(formatInputPath(['input', ...hit.path]));
      }),
    );
  });

  it('names a literal by its argument path, inside input objects and lists', () => {
    expect(check('mutation { registerCase(input: { title: "a\\u0000b", content: "c" }) { id } }')).toBe('input.title');
    expect(check('mutation { registerCase(input: { petitioners: [{ name: "x" }, { name: "\\u0000" }] }) { id } }')).toBe('input.petitioners[1].name');
    expect(check('query { case(id: "\\u0000") { id } }')).toBe('id');
    expect(check('query { me { tenant { units(after: "ab\\u0000") { edges { cursor } } } } }')).toBe('after');
  });

  it('names a variable by the argument it fills, whatever the variable is called', () => {
    expect(check('mutation ($t: String!) { registerCase(input: { title: $t }) { id } }', { t: '\u0000' })).toBe('input.title');
    expect(check('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: 'jj\u0000', p: 'x' })).toBe('username');
    expect(check('query ($f: CaseFilter) { cases(filter: $f) { edges { cursor } } }', { f: { text: ['x'], number: '\u0000' } })).toBe('filter.number');
  });

  it('checks a default value used in place of a missing variable, and arguments inside fragments', () => {
    expect(check('query ($id: ID = "\\u0000") { case(id: $id) { id } }')).toBe('id');
    expect(check('query ($id: ID = "\\u0000") { case(id: $id) { id } }', { id: 'fine' })).toBeNull();
    expect(check('query { ...F } fragment F on Query { case(id: "\\u0000") { id } }')).toBe('id');
  });

  it('leaves other control characters and NUL-free texts alone', () => {
    expect(check('mutation { registerCase(input: { title: "第一行\\n第二行\\t" }) { id } }')).toBeNull();
  });
});
