import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Role } from '../../gql/graphql';
import {
  breadcrumbsFor,
  homePath,
  managesConference,
  menuFor,
  NAV_ITEMS,
  receivesNotices,
  safeNext,
  schedulesReceptions,
  selectedMenuPath,
} from '../navigation';

const ROLES: Role[] = ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'CONFERENCE_OFFICE', 'MEMBER_UNIT', 'ASSESSOR', 'TENANT_ADMIN'];

describe('menuFor', () => {
  it('shows the case desk to a registrar and nothing of it to an assessor', () => {
    expect(menuFor(['REGISTRAR']).map((item) => item.path)).toEqual(['/cases', '/cases/new', '/intake', '/notices', '/receptions', '/messages']);
    expect(menuFor(['HANDLER', 'TENANT_ADMIN']).map((item) => item.path)).toEqual([
      '/cases',
      '/intake',
      '/notices',
      '/receptions',
      '/conference',
      '/assessment',
      '/statistics',
      '/messages',
      '/admin',
    ]);
    expect(menuFor(['MEMBER_UNIT']).map((item) => item.path)).toEqual(['/notices', '/tasks']);
    expect(homePath(['REGISTRAR'])).toBe('/cases');
    expect(menuFor(['ASSESSOR']).map((item) => item.path)).toEqual(['/assessment', '/statistics']);
    expect(homePath(['ASSESSOR'])).toBe('/assessment');
    expect(homePath(['HANDLER'])).toBe('/cases');
  });

  it('shows the conference and its tasks to the conference office and the tasks alone to a member unit', () => {
    expect(menuFor(['CONFERENCE_OFFICE']).map((item) => item.path)).toEqual(['/notices', '/conference', '/tasks']);
    expect(menuFor(['MEMBER_UNIT']).map((item) => item.path)).toEqual(['/notices', '/tasks']);
  });

  it('gives the conference’s buttons to the conference office and the administrator, who both see it in the menu; leaders read it only', () => {
    expect(managesConference(['CONFERENCE_OFFICE'])).toBe(true);
    expect(managesConference(['HANDLER', 'TENANT_ADMIN'])).toBe(true);
    expect(managesConference(['LEADER', 'SUPERVISOR', 'ASSESSOR'])).toBe(false);
    for (const roles of [['TENANT_ADMIN'], ['LEADER']] as Role[][]) expect(menuFor(roles).map((item) => item.path)).toContain('/conference');
  });

  it('shows exactly the pages one of the roles may open, whatever the set of roles', () => {
    fc.assert(
      fc.property(fc.subarray(ROLES), (roles) => {
        const shown = menuFor(roles);
        for (const item of NAV_ITEMS) expect(shown.includes(item)).toBe(item.roles.some((role) => roles.includes(role)));
      }),
    );
  });

  it('shows 统计分析 to leaders, supervisors, assessors and tenant admins only', () => {
    for (const role of ROLES) {
      expect(menuFor([role]).some((item) => item.path === '/statistics' && item.label === '统计分析')).toBe(
        ['LEADER', 'SUPERVISOR', 'ASSESSOR', 'TENANT_ADMIN'].includes(role),
      );
    }
  });

  it('shows 考核 to the assessors and to the roles that may read the results (leaders, supervisors), not to registrars', () => {
    const assessment = (roles: Role[]) => menuFor(roles).some((item) => item.path === '/assessment' && item.label === '考核');
    expect(assessment(['ASSESSOR'])).toBe(true);
    expect(assessment(['LEADER'])).toBe(true);
    expect(assessment(['SUPERVISOR'])).toBe(true);
    expect(assessment(['TENANT_ADMIN'])).toBe(true);
    expect(assessment(['REGISTRAR', 'HANDLER', 'MEMBER_UNIT', 'CONFERENCE_OFFICE'])).toBe(false);
    expect(breadcrumbsFor('/assessment/abc', '2026年度区县信访工作考核')).toEqual([
      { title: '考核', path: '/assessment' },
      { title: '2026年度区县信访工作考核' },
    ]);
  });

  it('offers scheduling a reception day only to the roles the API lets schedule one', () => {
    expect(schedulesReceptions(['LEADER'])).toBe(true);
    expect(schedulesReceptions(['HANDLER', 'SUPERVISOR'])).toBe(false);
  });

  it('asks for the notice count only for roles that receive notices', () => {
    expect(receivesNotices(['ASSESSOR'])).toBe(false);
    expect(receivesNotices(['ASSESSOR', 'HANDLER'])).toBe(true);
  });
});

describe('breadcrumbsFor', () => {
  it('names the section and, on a detail page, the record', () => {
    expect(breadcrumbsFor('/cases')).toEqual([{ title: '信访事项' }]);
    expect(breadcrumbsFor('/cases/abc', 'XF-2026-1')).toEqual([{ title: '信访事项', path: '/cases' }, { title: 'XF-2026-1' }]);
    expect(breadcrumbsFor('/nowhere')).toEqual([]);
  });

  it('titles the registration page, whatever leaf a page named before', () => {
    expect(breadcrumbsFor('/cases/new', 'XF-2026-1')).toEqual([{ title: '信访事项', path: '/cases' }, { title: '登记信访事项' }]);
  });

  it('shows 系统管理 to tenant administrators only, with a title for each of its pages', () => {
    expect(menuFor(['TENANT_ADMIN']).map((item) => item.label)).toContain('系统管理');
    expect(menuFor(['REGISTRAR', 'SUPERVISOR', 'LEADER']).map((item) => item.path)).not.toContain('/admin');
    expect(breadcrumbsFor('/admin/users')).toEqual([{ title: '系统管理', path: '/admin' }, { title: '用户' }]);
  });
});

describe('safeNext', () => {
  it('returns to a page of this site only', () => {
    expect(safeNext('/cases/1?tab=x')).toBe('/cases/1?tab=x');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('/login?next=/cases')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});

describe('selectedMenuPath', () => {
  const menu = menuFor(['REGISTRAR']);
  it('marks only the most specific entry of a page', () => {
    expect(selectedMenuPath(menu, '/cases/new')).toBe('/cases/new');
    expect(selectedMenuPath(menu, '/cases/0b6c1f7e-9a47-4a3c-8a53-1f1f6c1f7e00')).toBe('/cases');
    expect(selectedMenuPath(menu, '/cases')).toBe('/cases');
    expect(selectedMenuPath(menu, '/notices/abc')).toBe('/notices');
  });

  it('marks nothing on a page outside the menu, nor on a path that only shares a prefix', () => {
    expect(selectedMenuPath(menu, '/welcome')).toBeUndefined();
    expect(selectedMenuPath(menu, '/casesx')).toBeUndefined();
  });
});
