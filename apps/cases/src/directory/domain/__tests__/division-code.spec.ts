import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { TenantLevel } from '#common/directory';
import { childTenantProblem, provinceCodeProblem } from '../division-code.js';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

describe('division codes of child tenants', () => {
  it.each([
    [{ level: TenantLevel.PROVINCE, code: '510000' }, TenantLevel.CITY, '510100'],
    [{ level: TenantLevel.CITY, code: '510100' }, TenantLevel.COUNTY, '510104'],
    [{ level: TenantLevel.COUNTY, code: '510104' }, TenantLevel.TOWNSHIP, '510104001'],
  ])('accepts %o → %s %s', (parent, level, code) => {
    expect(childTenantProblem(parent, level, code)).toBeNull();
  });

  it.each([
    [{ level: TenantLevel.PROVINCE, code: '510000' }, TenantLevel.COUNTY, '510104', '上级为省，下级只能是市（州）'],
    [{ level: TenantLevel.PROVINCE, code: '510000' }, TenantLevel.CITY, '520100', '行政区划代码应以上级代码 51 开头'],
    [{ level: TenantLevel.PROVINCE, code: '510000' }, TenantLevel.CITY, '510000', '行政区划代码应以上级代码 51 开头'],
    [{ level: TenantLevel.PROVINCE, code: '510000' }, TenantLevel.CITY, '510104', '市（州）的行政区划代码格式不正确'],
    [{ level: TenantLevel.CITY, code: '510100' }, TenantLevel.COUNTY, '510700', '行政区划代码应以上级代码 5101 开头'],
    [{ level: TenantLevel.COUNTY, code: '510104' }, TenantLevel.TOWNSHIP, '510107001', '行政区划代码应以上级代码 510104 开头'],
    [{ level: TenantLevel.TOWNSHIP, code: '510104001' }, TenantLevel.TOWNSHIP, '510104001001', '乡镇（街道）之下不能再设下级机构'],
  ])('refuses %o → %s %s', (parent, level, code, problem) => {
    expect(childTenantProblem(parent, level, code)).toBe(problem);
  });

  it('accepts exactly the codes that continue a county with three digits', () => {
    fc.assert(
      fc.property(digits(6), digits(3), digits(9), (county, suffix, other) => {
        const parent = { level: TenantLevel.COUNTY, code: county };
        expect(childTenantProblem(parent, TenantLevel.TOWNSHIP, county + suffix)).toBeNull();
        const problem = childTenantProblem(parent, TenantLevel.TOWNSHIP, other);
        expect(problem === null).toBe(other.startsWith(county));
      }),
    );
  });

  it('never accepts a child whose level is not the one directly below', () => {
    const levels = Object.values(TenantLevel);
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), digits(9), (parentLevel, level, code) => {
        const below = levels[levels.indexOf(parentLevel) + 1];
        if (level !== below) expect(childTenantProblem({ level: parentLevel, code: '510104' }, level, code)).not.toBeNull();
      }),
    );
  });

  it('knows a province code by its four trailing zeros', () => {
    expect(provinceCodeProblem('510000')).toBeNull();
    expect(provinceCodeProblem('510100')).not.toBeNull();
    expect(provinceCodeProblem('5100')).not.toBeNull();
  });
});
