import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { caseFilterOf, parseQueueSearch, queueSearch, queueTabsFor, QUEUE_TABS, type QueueFilters } from '../queue';

describe('queueTabsFor', () => {
  it('gives a handler the tabs of the work it must do', () => {
    expect(queueTabsFor(['HANDLER']).map((tab) => tab.label)).toEqual(['待签收', '待受理', '办理中', '待评价', '已逾期', '全部']);
    expect(queueTabsFor(['REGISTRAR']).map((tab) => tab.label)).toEqual(['待签收', '待评价', '已登记', '全部']);
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
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...tabs.map((tab) => tab.key)), filters, (tab, chosen) => {
        expect(parseQueueSearch(queueSearch({ tab, filters: chosen as QueueFilters }), tabs)).toEqual({ tab, filters: chosen });
      }),
    );
  });
});

describe('caseFilterOf', () => {
  it('keeps the tab’s states and adds the user’s filters in the API’s terms', () => {
    expect(
      caseFilterOf({ tab: 'to-accept', filters: { channel: 'VISIT', text: '拖欠', from: '2026-01-01', idNumber: '510104' } }, QUEUE_TABS),
    ).toEqual({ states: ['RECEIVED'], channels: ['VISIT'], text: '拖欠', registeredFrom: '2026-01-01', petitionerIdNumber: '510104' });
    expect(caseFilterOf({ tab: 'overdue', filters: {} }, QUEUE_TABS)).toEqual({ overdue: true });
  });
});
