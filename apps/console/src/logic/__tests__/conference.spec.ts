import { describe, expect, it } from '@jest/globals';
import { assignableConferences, coverageLevelBelow, coverageTree } from '../conference';

describe('conference coverage', () => {
  it('watches the level right below the office, and nothing below a township', () => {
    expect(coverageLevelBelow('CITY')).toBe('COUNTY');
    expect(coverageLevelBelow('COUNTY')).toBe('TOWNSHIP');
    expect(coverageLevelBelow('TOWNSHIP')).toBeNull();
  });

  it('marks each jurisdiction of the tree with whether it has a conference', () => {
    const tree = coverageTree([
      { id: 'jj', name: '锦江区', conference: { id: 'c1' }, children: [{ id: 'cxl', name: '春熙路街道', conference: null, children: [] }] },
      { id: 'wh', name: '武侯区', conference: null },
    ]);
    expect(tree).toEqual([
      { key: 'jj', title: '锦江区 ✓ 已建立', children: [{ key: 'cxl', title: '春熙路街道 · 未建立' }] },
      { key: 'wh', title: '武侯区 · 未建立' },
    ]);
  });

  it('offers cascading a task only to the child conferences that exist', () => {
    expect(assignableConferences([{ id: 'jj', name: '锦江区', conference: { id: 'c1' } }, { id: 'wh', name: '武侯区', conference: null }])).toEqual([
      { value: 'jj', label: '锦江区联席会议' },
    ]);
  });
});
