import { describe, expect, it } from '@jest/globals';
import { inTreeOrder, provincePathOf, type CategoryNodeFields } from '../category-tree.js';
import { STANDARD_CATEGORIES, type StandardCategory } from '../../category-seed.js';

const node = (id: string, parentId: string | null, name: string, ordinal: number, active = true): CategoryNodeFields => ({
  id,
  parentId,
  code: id.toUpperCase(),
  name,
  ordinal,
  active,
});

describe('inTreeOrder', () => {
  const nodes = [
    node('labour', null, '劳动和社会保障', 20),
    node('wages', 'labour', '拖欠工资', 10),
    node('housing', null, '城乡建设', 10),
    node('property', 'housing', '物业管理', 20),
    node('expropriation', 'housing', '房屋征收', 10),
    node('compensation', 'expropriation', '补偿标准', 10),
  ];

  it('lists each node before its subtree, siblings by ordinal, with full names and depths', () => {
    expect(inTreeOrder(nodes).map((n) => [n.fullName, n.depth])).toEqual([
      ['城乡建设', 0],
      ['城乡建设/房屋征收', 1],
      ['城乡建设/房屋征收/补偿标准', 2],
      ['城乡建设/物业管理', 1],
      ['劳动和社会保障', 0],
      ['劳动和社会保障/拖欠工资', 1],
    ]);
  });

  it('breaks ordinal ties by code', () => {
    expect(inTreeOrder([node('b', null, '乙', 10), node('a', null, '甲', 10)]).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('takes the subtree of an inactive node out of use, but keeps the nodes own flags', () => {
    const placed = inTreeOrder(nodes.map((n) => (n.id === 'expropriation' ? { ...n, active: false } : n)));
    const usable = Object.fromEntries(placed.map((n) => [n.id, [n.active, n.usable]]));
    expect(usable).toEqual({
      housing: [true, true],
      expropriation: [false, false],
      compensation: [true, false],
      property: [true, true],
      labour: [true, true],
      wages: [true, true],
    });
  });
});

describe('provincePathOf', () => {
  it('is the first label of a tenant path', () => {
    expect(provincePathOf('510000.510100.510104')).toBe('510000');
    expect(provincePathOf('510000')).toBe('510000');
  });
});

describe('the standard category tree', () => {
  const all = (nodes: StandardCategory[]): StandardCategory[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);

  it('has codes the schema accepts, unique across the tree, and names without the separator', () => {
    const nodes = all(STANDARD_CATEGORIES);
    for (const n of nodes) {
      expect(n.code).toMatch(/^[A-Z0-9_]{1,32}$/);
      expect(n.name.length).toBeLessThanOrEqual(50);
      expect(n.name).not.toContain('/');
    }
    expect(new Set(nodes.map((n) => n.code)).size).toBe(nodes.length);
  });

  it('starts with the common top-level categories and ends with 其他', () => {
    expect(STANDARD_CATEGORIES.map((n) => n.code)).toEqual([
      'URBAN_RURAL_CONSTRUCTION',
      'LABOUR_SOCIAL_SECURITY',
      'LAW_AND_LITIGATION',
      'AGRICULTURE_RURAL',
      'NATURAL_RESOURCES',
      'ECONOMIC_MANAGEMENT',
      'CIVIL_AFFAIRS',
      'HEALTH',
      'MARKET_REGULATION',
      'EDUCATION',
      'TRANSPORT',
      'ECOLOGY_ENVIRONMENT',
      'DISCIPLINE_SUPERVISION',
      'OTHER',
    ]);
  });
});
