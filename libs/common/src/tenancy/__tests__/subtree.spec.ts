import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isStrictlyWithin, isWithin } from '../subtree.js';

const label = fc.stringMatching(/^p?[0-9]{1,4}$/);
const path = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'));

describe('subtree paths', () => {
  it('holds for a path and every path below it, and is strict only below', () => {
    fc.assert(
      fc.property(path, fc.array(label, { maxLength: 3 }), (ancestor, below) => {
        const descendant = [ancestor, ...below].join('.');
        expect(isWithin(descendant, ancestor)).toBe(true);
        expect(isStrictlyWithin(descendant, ancestor)).toBe(below.length > 0);
      }),
    );
  });

  it('does not take a sibling whose label starts with the same characters', () => {
    expect(isWithin('p510104001', 'p510104')).toBe(false);
    expect(isWithin('p510104.p5101040011', 'p510104.p510104001')).toBe(false);
    expect(isWithin('p51', 'p510104')).toBe(false);
  });

  it('matches ltree <@ on the labels: within exactly when the ancestor labels are a prefix', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        const [la, lb] = [a.split('.'), b.split('.')];
        const prefix = lb.length <= la.length && lb.every((l, i) => la[i] === l);
        expect(isWithin(a, b)).toBe(prefix);
      }),
    );
  });
});
