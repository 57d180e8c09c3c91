import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Role } from '../../gql/graphql';
import { breadcrumbsFor, homePath, menuFor, NAV_ITEMS, receivesNotices, safeNext, schedulesReceptions, selectedMenuPath } from '../navigation';

const ROLES: Role[] = ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'CONFERENCE_OFFICE', 'MEMBER_UNIT', 'ASSESSOR', 'TENANT_ADMIN'];

describe('menuFor', () => {
  it('shows the case desk to a registrar and nothing of it to an assessor', () => {
    expect(menuFor(['REGISTRAR']).map((item) => item.path)).toEqual(['/cases', '/cases/new', '/notices', '/receptions']);
    expect(menuFor(['HANDLER', 'TENANT_ADMIN']).map((item) => item.path)).toEqual(['/cases', '/notices', '/receptions', '/statistics']);
    expect(menuFor(['MEMBER_UNIT']).map((item) => item.path)).toEqual(['/notices']);
    expect(homePath(['REGISTRAR'])).toBe('/cases');
    expect(menuFor(['ASSESSOR']).map((item) => item.path)).toEqual(['/statistics']);
    expect(homePath(['ASSESSOR'])).toBe('/statistics');
    expect(homePath(['CONFERENCE_OFFICE'])).toBe('/notices');
    expect(homePath(['HANDLER'])).toBe('/cases');
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
      expect(menuFor([role]).some((item) => item.path === '/statistics' && item.label === '统计分析')).toBe(['LEADER', 'SUPERVISOR', 'ASSESSOR', 'TENANT_ADMIN'].includes(role));
    }
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
