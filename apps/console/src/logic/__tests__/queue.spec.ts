import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  caseFilterOf,
  caseOrderOf,
  exportHref,
  parseQueueSearch,
  queueSearch,
  queueTabsFor,
  QUEUE_TABS,
  sortFromTable,
  sortOrderOf,
  treeOf,
  type QueueFilters,
  type QueueState,
} from '../queue';

describe('queueTabsFor', () => {
  it('gives a handler the tabs of the work it must do', () => {
    expect(queueTabsFor(['HANDLER']).map((tab) => tab.label)).toEqual(['待签收', '待受理', '办理中', '待评价', '已逾期', '全部']);
    expect(queueTabsFor(['REGISTRAR']).map((tab) => tab.label)).toEqual(['待签收', '待评价', '我登记的', '已登记', '全部']);
    expect(queueTabsFor(['LEADER']).map((tab) => tab.label)).toEqual(['办理中', '已逾期', '我包案的', '全部']);
    expect(queueTabsFor(['ASSESSOR'])).toEqual([]);
  });
});

describe('queue address', () => {
  const tabs = queueTabsFor(['HANDLER', 'REGISTRAR']);

  it('falls back to the first tab and drops invalid values of an edited link', () => {
    expect(parseQueueSearch('?tab=bogus&channel=FAX&kind=CLAIM&from=2026-13&q=%20%20', tabs)).toEqual({
      tab: 'to-receive',
      filters: { kind: 'CLAIM' },
    });
  });

  it('survives a round trip through the address bar', () => {
    const filters = fc.record(
      {
        channel: fc.constantFrom('LETTER', 'VISIT', 'PHONE', 'ONLINE', 'VIDEO', 'HOTLINE' as const),
        kind: fc.constantFrom('SUGGESTION', 'ACCUSATION', 'CLAIM' as const),
        text: fc.string({ minLength: 1 }).filter((text) => text.trim() === text && text !== ''),
        from: fc.constantFrom('2026-01-01', '2026-12-31'),
        to: fc.constantFrom('2026-02-01'),
        idNumber: fc.stringMatching(/^\d{1,18}$/),
        categoryId: fc.uuid(),
        problemJurisdictionId: fc.uuid(),
      },
      { requiredKeys: [] },
    );
    const extras = fc.record(
      {
        sort: fc.record({ field: fc.constantFrom('REGISTERED_AT', 'DEADLINE', 'NUMBER' as const), direction: fc.constantFrom('ASC', 'DESC' as const) }),
        pageSize: fc.constantFrom(20, 50, 100 as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...tabs.map((tab) => tab.key)), filters, extras, (tab, chosen, extra) => {
        const state = { tab, filters: chosen as QueueFilters, ...extra } as QueueState;
        expect(parseQueueSearch(queueSearch(state), tabs)).toEqual(state);
      }),
    );
  });

  it('keeps the order and page size in the address and drops ones the queue does not offer', () => {
    expect(queueSearch({ tab: 'all', filters: {}, sort: { field: 'DEADLINE', direction: 'ASC' }, pageSize: 50 })).toBe('?tab=all&sort=deadline&size=50');
    expect(parseQueueSearch('?tab=all&sort=-number', tabs).sort).toEqual({ field: 'NUMBER', direction: 'DESC' });
    expect(parseQueueSearch('?tab=all&sort=title&size=30&category=1&problem=x', tabs)).toEqual({ tab: 'all', filters: {} });
  });
});

describe('caseFilterOf', () => {
  it('keeps the tab’s states and adds the user’s filters in the API’s terms', () => {
    expect(caseFilterOf({ tab: 'to-accept', filters: { channel: 'VISIT', text: '拖欠', from: '2026-01-01', idNumber: '510104' } }, QUEUE_TABS)).toEqual({
      states: ['RECEIVED'],
      channels: ['VISIT'],
      text: '拖欠',
      registeredFrom: '2026-01-01',
      petitionerIdNumber: '510104',
    });
    expect(caseFilterOf({ tab: 'overdue', filters: {} }, QUEUE_TABS)).toEqual({ overdue: true });
  });

  it('asks for the caller’s own registrations on 我登记的, with the category and problem jurisdiction chosen', () => {
    const category = '6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
    const jurisdiction = '0b7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910';
    expect(caseFilterOf({ tab: 'mine', filters: { categoryId: category, problemJurisdictionId: jurisdiction } }, QUEUE_TABS)).toEqual({
      registeredByMe: true,
      categoryIds: [category],
      problemJurisdictionId: jurisdiction,
    });
  });
});

describe('order and export', () => {
  const byDeadline: QueueState = { tab: 'all', filters: {}, sort: { field: 'DEADLINE', direction: 'ASC' } };

  it('turns a header click into the queue’s order and back into the header’s arrow', () => {
    expect(sortFromTable('DEADLINE', 'ascend')).toEqual({ field: 'DEADLINE', direction: 'ASC' });
    expect(sortFromTable('NUMBER', 'descend')).toEqual({ field: 'NUMBER', direction: 'DESC' });
    expect(sortFromTable('NUMBER', null)).toBeUndefined();
    expect(sortOrderOf(byDeadline, 'DEADLINE')).toBe('ascend');
    expect(sortOrderOf(byDeadline, 'NUMBER')).toBeNull();
    expect(caseOrderOf({ tab: 'all', filters: {} })).toBeUndefined();
  });

  it('downloads exactly the filter and order of the list on screen', () => {
    const href = exportHref({ states: ['ROUTED'], text: '拖欠&工资' }, caseOrderOf(byDeadline));
    const url = new URL(href, 'http://console.test');
    expect(url.pathname).toBe('/exports/cases.xlsx');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ states: ['ROUTED'], text: '拖欠&工资' });
    expect(JSON.parse(url.searchParams.get('orderBy')!)).toEqual({ field: 'DEADLINE', direction: 'ASC' });
    expect(new URL(exportHref({}, undefined), 'http://console.test').searchParams.has('orderBy')).toBe(false);
  });
});

describe('treeOf', () => {
  it('nests a flat list under its parents in list order; an orphan is a root', () => {
    const tree = treeOf([
      { id: 'c', name: '成都市', parentId: 's' },
      { id: 'j', name: '锦江区', parentId: 'c' },
      { id: 'w', name: '武侯区', parentId: 'c' },
      { id: 'x', name: '春熙路街道', parentId: 'j' },
    ]);
    expect(tree).toEqual([
      {
        value: 'c',
        title: '成都市',
        children: [
          { value: 'j', title: '锦江区', children: [{ value: 'x', title: '春熙路街道', children: [] }] },
          { value: 'w', title: '武侯区', children: [] },
        ],
      },
    ]);
  });
});
