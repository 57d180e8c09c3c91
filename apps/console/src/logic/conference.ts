import type { TenantLevel } from '../gql/graphql';

const LEVEL_BELOW: Readonly<Record<TenantLevel, TenantLevel | null>> = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: null };

/** The level whose conference coverage an office watches: its direct children's; none below a township. */
export function coverageLevelBelow(level: TenantLevel | undefined): TenantLevel | null {
  return level ? LEVEL_BELOW[level] : null;
}

export interface CoverageTenant {
  id: string;
  name: string;
  conference?: { id: string } | null;
  children?: readonly CoverageTenant[] | null;
}

export interface CoverageNode {
  key: string;
  title: string;
  children?: CoverageNode[];
}

/** The jurisdictions below as a tree, each marked with whether it has a conference. */
export function coverageTree(tenants: readonly CoverageTenant[]): CoverageNode[] {
  return tenants.map((tenant) => {
    const children = coverageTree(tenant.children ?? []);
    const node = { key: tenant.id, title: `${tenant.name}${tenant.conference ? ' ✓ 已建立' : ' · 未建立'}` };
    return children.length > 0 ? { ...node, children } : node;
  });
}

export interface AssignableTenant {
  id: string;
  name: string;
  conference?: { id: string } | null;
}

/** A task is cascaded only to the conferences of direct children that have one. */
export function assignableConferences(children: readonly AssignableTenant[]): { value: string; label: string }[] {
  return children.filter((child) => child.conference).map((child) => ({ value: child.id, label: `${child.name}联席会议` }));
}
