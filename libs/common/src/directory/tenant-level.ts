import { registerEnumType } from '@nestjs/graphql';

export enum TenantLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(TenantLevel, {
  name: 'TenantLevel',
  description: '行政层级',
  valuesMap: {
    PROVINCE: { description: '省' },
    CITY: { description: '市（州）' },
    COUNTY: { description: '县（市、区）' },
    TOWNSHIP: { description: '乡镇（街道）' },
  },
});

const ORDER: readonly TenantLevel[] = [TenantLevel.PROVINCE, TenantLevel.CITY, TenantLevel.COUNTY, TenantLevel.TOWNSHIP];

/** 0 for a province, 3 for a township. */
export function levelRank(level: TenantLevel): number {
  return ORDER.indexOf(level);
}

/** The level directly below, or null for a township. */
export function childLevelOf(level: TenantLevel): TenantLevel | null {
  return ORDER[levelRank(level) + 1] ?? null;
}
