import { TENANT_LEVEL_LABELS, TenantLevel, childLevelOf } from '#common/directory';

/**
 * Official administrative division codes (GB/T 2260 and the statistical township codes): a
 * province is `PP0000`, a city `PPCC00`, a county `PPCCDD`, a township the county's six digits
 * plus three. A child's code continues its parent's significant digits.
 */
const SIGNIFICANT_DIGITS: Record<TenantLevel, number> = {
  [TenantLevel.PROVINCE]: 2,
  [TenantLevel.CITY]: 4,
  [TenantLevel.COUNTY]: 6,
  [TenantLevel.TOWNSHIP]: 9,
};

const SHAPE: Record<TenantLevel, RegExp> = {
  [TenantLevel.PROVINCE]: /^\d{2}0000$/,
  [TenantLevel.CITY]: /^\d{4}00$/,
  [TenantLevel.COUNTY]: /^\d{6}$/,
  [TenantLevel.TOWNSHIP]: /^\d{9}$/,
};

export interface ParentTenant {
  level: TenantLevel;
  code: string;
}

/** Why a new child tenant's level and code do not fit under its parent, or null when they do. */
export function childTenantProblem(parent: ParentTenant, level: TenantLevel, code: string): string | null {
  const expected = childLevelOf(parent.level);
  if (expected === null) return '乡镇（街道）之下不能再设下级机构';
  if (level !== expected) return `上级为${LEVEL_NAMES[parent.level]}，下级只能是${LEVEL_NAMES[expected]}`;
  if (!SHAPE[level].test(code)) return `${LEVEL_NAMES[level]}的行政区划代码格式不正确`;
  const prefix = parent.code.slice(0, SIGNIFICANT_DIGITS[parent.level]);
  if (!code.startsWith(prefix) || code === parent.code) return `行政区划代码应以上级代码 ${prefix} 开头`;
  return null;
}

/** Why a province's code is malformed, or null. */
export function provinceCodeProblem(code: string): string | null {
  return SHAPE[TenantLevel.PROVINCE].test(code) ? null : '省级行政区划代码应为 6 位且以 0000 结尾';
}

export const LEVEL_NAMES = TENANT_LEVEL_LABELS;
