import { describe, expect, it } from '@jest/globals';
import { dashboardBars, percentLabel, signOffTrend, taskClock, taskReportInput, taskTreeRows } from '../tasks';

describe('taskTreeRows', () => {
  it('puts each task under its parent, and a task whose parent is not in the list at the top', () => {
    const root = { id: 'a', parentId: null };
    const county = { id: 'b', parentId: 'a' };
    const split = { id: 'c', parentId: 'b' };
    const other = { id: 'd', parentId: 'a' };
    const orphan = { id: 'e', parentId: 'unseen' };
    expect(taskTreeRows([split, county, other, root, orphan])).toEqual([
      {
        id: 'a',
        parentId: null,
        children: [
          { id: 'b', parentId: 'a', children: [{ id: 'c', parentId: 'b' }] },
          { id: 'd', parentId: 'a' },
        ],
      },
      { id: 'e', parentId: 'unseen' },
    ]);
  });
});

describe('taskClock', () => {
  it('passes on the API’s count while the clock runs, and nothing once it has stopped', () => {
    expect(taskClock({ daysLeft: 3, overdueDays: 0, dueSoon: true })).toEqual({ daysLeft: 3, overdueDays: 0, dueSoon: true });
    expect(taskClock({ daysLeft: 0, overdueDays: 2, dueSoon: false })).toEqual({ daysLeft: 0, overdueDays: 2, dueSoon: false });
    expect(taskClock({ daysLeft: null, overdueDays: null, dueSoon: false })).toBeNull();
  });
});

describe('taskReportInput', () => {
  const task = { id: 't1', version: 4 };

  it('sends progress with its percentage and the final report as the whole work done', () => {
    expect(taskReportInput('REPORT_PROGRESS', task, { text: '已排查 12 件', percent: 40, evidence: ' 台账.xlsx \n\n照片-01 ' })).toEqual({
      id: 't1',
      version: 4,
      text: '已排查 12 件',
      percent: 40,
      final: false,
      evidence: ['台账.xlsx', '照片-01'],
    });
    expect(taskReportInput('REPORT_DONE', task, { text: '全部化解', percent: 0 })).toEqual({
      id: 't1',
      version: 4,
      text: '全部化解',
      percent: 100,
      final: true,
      evidence: [],
    });
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
