import { describe, expect, it } from '@jest/globals';
import { labelOptions } from '../label-options';

describe('labelOptions', () => {
  const labels = { LETTER: '来信', VISIT: '来访', PHONE: '来电' } as const;

  it('gives every label as an option, in the map’s order', () => {
    expect(labelOptions(labels)).toEqual([
      { value: 'LETTER', label: '来信' },
      { value: 'VISIT', label: '来访' },
      { value: 'PHONE', label: '来电' },
    ]);
  });

  it('keeps only the values asked for, still in the map’s order', () => {
    expect(labelOptions(labels, ['PHONE', 'LETTER'])).toEqual([
      { value: 'LETTER', label: '来信' },
      { value: 'PHONE', label: '来电' },
    ]);
  });
});
