/** The administrative levels of the tenant tree, top down. */
export enum TenantLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

export const TENANT_LEVEL_LABELS: Readonly<Record<TenantLevel, string>> = {
  PROVINCE: '省',
  CITY: '市（州）',
  COUNTY: '县（市、区）',
  TOWNSHIP: '乡镇（街道）',
};

export const TENANT_LEVELS: readonly TenantLevel[] = [TenantLevel.PROVINCE, TenantLevel.CITY, TenantLevel.COUNTY, TenantLevel.TOWNSHIP];

/** 0 for a province, 3 for a township. */
export function levelRank(level: TenantLevel): number {
  return TENANT_LEVELS.indexOf(level);
}

/** The level directly below, or null for a township. */
export function childLevelOf(level: TenantLevel): TenantLevel | null {
  return TENANT_LEVELS[levelRank(level) + 1] ?? null;
}
