import { describe, expect, it } from '@jest/globals';
import { dashboardBars, percentLabel, signOffTrend, taskForms, taskTreeRows, type TaskForActions, type TaskViewer } from '../tasks';

describe('taskTreeRows', () => {
  it('puts each task under its parent, and a task whose parent is not in the list at the top', () => {
    const root = { id: 'a', parentId: null };
    const county = { id: 'b', parentId: 'a' };
    const split = { id: 'c', parentId: 'b' };
    const other = { id: 'd', parentId: 'a' };
    const orphan = { id: 'e', parentId: 'unseen' };
    expect(taskTreeRows([split, county, other, root, orphan])).toEqual([
      { id: 'a', parentId: null, children: [{ id: 'b', parentId: 'a', children: [{ id: 'c', parentId: 'b' }] }, { id: 'd', parentId: 'a' }] },
      { id: 'e', parentId: 'unseen' },
    ]);
  });
});

describe('taskForms', () => {
  const city = 'city';
  const county = 'county';
  const office = (tenantId: string): TaskViewer => ({ tenantId, unitId: null, roles: ['CONFERENCE_OFFICE'] });
  const toCounty = (state: TaskForActions['state']): TaskForActions => ({ state, assigningTenantId: city, assignee: { kind: 'CONFERENCE', tenantId: county } });
  const toUnit = (state: TaskForActions['state']): TaskForActions => ({ state, assigningTenantId: county, assignee: { kind: 'MEMBER_UNIT', tenantId: county, unitId: 'housing' } });

  it('lets a child conference receive, then split, start and report a cascaded task', () => {
    expect(taskForms(toCounty('ASSIGNED'), office(county))).toEqual(['receive']);
    expect(taskForms(toCounty('RECEIVED'), office(county))).toEqual(['start', 'split', 'report']);
    expect(taskForms(toCounty('IN_PROGRESS'), office(county))).toEqual(['split', 'report']);
  });

  it('lets the assigning office sign off, send back or cancel, and only that office', () => {
    expect(taskForms(toCounty('REPORTED_DONE'), office(city))).toEqual(['signOff', 'sendBack', 'cancel']);
    expect(taskForms(toCounty('ASSIGNED'), office(city))).toEqual(['cancel']);
    expect(taskForms(toCounty('REPORTED_DONE'), office('sibling'))).toEqual([]);
    expect(taskForms(toCounty('SIGNED_OFF'), office(city))).toEqual([]);
  });

  it('lets a member unit report but never split, and not sign off its own work', () => {
    const unit: TaskViewer = { tenantId: county, unitId: 'housing', roles: ['HANDLER'] };
    expect(taskForms(toUnit('RECEIVED'), unit)).toEqual(['start', 'report']);
    expect(taskForms(toUnit('REPORTED_DONE'), unit)).toEqual([]);
    expect(taskForms(toUnit('REPORTED_DONE'), office(county))).toEqual(['signOff', 'sendBack', 'cancel']);
  });
});

describe('dashboard series', () => {
  it('gives one bar category per assignee and one series per count', () => {
    const rows = [
      { name: '锦江区联席会议', assigned: 1, signedOff: 1, doneOnTime: 1, overdue: 0, lateReports: 0, completionRate: 1 },
      { name: '武侯区联席会议', assigned: 2, signedOff: 0, doneOnTime: 0, overdue: 1, lateReports: 3, completionRate: 0 },
    ];
    expect(dashboardBars(rows)).toEqual({
      categories: ['锦江区联席会议', '武侯区联席会议'],
      series: [
        { name: '交办', data: [1, 2] },
        { name: '已销号', data: [1, 0] },
        { name: '按时完成', data: [1, 0] },
        { name: '逾期', data: [0, 1] },
        { name: '迟报', data: [0, 3] },
      ],
    });
  });

  it('counts sign-offs per day with a running total', () => {
    expect(signOffTrend(['2026-12-24', null, '2026-12-20', '2026-12-24'])).toEqual({
      dates: ['2026-12-20', '2026-12-24'],
      daily: [1, 2],
      cumulative: [1, 3],
    });
  });

  it('shows a rate as a percentage and a dash without tasks', () => {
    expect(percentLabel(0.75)).toBe('75%');
    expect(percentLabel(2 / 3)).toBe('66.7%');
    expect(percentLabel(null)).toBe('—');
  });
});
