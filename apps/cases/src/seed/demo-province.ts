import { Role } from '#common/auth';
import { TenantLevel, UnitKind } from '#common/directory';

/**
 * The demo province: one province, three cities, two counties (districts) each, two townships
 * (sub-districts) each, with the units a petition bureau works with and one account per role at
 * several levels. Codes follow GB/T 2260; township codes are the county's plus three digits.
 */
export interface DemoTenant {
  code: string;
  name: string;
  level: TenantLevel;
  children?: DemoTenant[];
}

export const DEMO_PASSWORD = 'Demo@2026';

const county = (code: string, name: string, townships: [string, string][]): DemoTenant => ({
  code,
  name,
  level: TenantLevel.COUNTY,
  children: townships.map(([suffix, township]) => ({ code: `${code}${suffix}`, name: township, level: TenantLevel.TOWNSHIP })),
});

export const DEMO_PROVINCE: DemoTenant = {
  code: '510000',
  name: '四川省',
  level: TenantLevel.PROVINCE,
  children: [
    {
      code: '510100',
      name: '成都市',
      level: TenantLevel.CITY,
      children: [
        county('510104', '锦江区', [
          ['001', '春熙路街道'],
          ['002', '督院街街道'],
        ]),
        county('510107', '武侯区', [
          ['001', '浆洗街街道'],
          ['002', '望江路街道'],
        ]),
      ],
    },
    {
      code: '510700',
      name: '绵阳市',
      level: TenantLevel.CITY,
      children: [
        county('510703', '涪城区', [
          ['001', '城厢街道'],
          ['002', '朝阳街道'],
        ]),
        county('510704', '游仙区', [
          ['001', '游仙街道'],
          ['002', '富乐街道'],
        ]),
      ],
    },
    {
      code: '511500',
      name: '宜宾市',
      level: TenantLevel.CITY,
      children: [
        county('511502', '翠屏区', [
          ['001', '西郊街道'],
          ['002', '合江门街道'],
        ]),
        county('511503', '南溪区', [
          ['001', '南溪街道'],
          ['002', '罗龙街道'],
        ]),
      ],
    },
  ],
};

export interface DemoUnit {
  name: string;
  kind: UnitKind;
}

/** The units of a tenant: townships have a petition office, a police station and a justice office. */
export function demoUnitsOf(level: TenantLevel): DemoUnit[] {
  if (level === TenantLevel.TOWNSHIP) {
    return [
      { name: '信访办', kind: UnitKind.PETITION_BUREAU },
      { name: '派出所', kind: UnitKind.OUTSIDE_BODY },
      { name: '司法所', kind: UnitKind.OUTSIDE_BODY },
      { name: '综治中心', kind: UnitKind.COMPETENT_BODY },
    ];
  }
  return [
    { name: '信访局', kind: UnitKind.PETITION_BUREAU },
    { name: '联席会议办公室', kind: UnitKind.CONFERENCE_OFFICE },
    { name: '住房和城乡建设局', kind: UnitKind.COMPETENT_BODY },
    { name: '人力资源和社会保障局', kind: UnitKind.COMPETENT_BODY },
    { name: '公安局', kind: UnitKind.COMPETENT_BODY },
  ];
}

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  tenantCode: string;
  tenantName: string;
  unitName: string | null;
  roles: Role[];
}

const ROLE_UNIT: Record<Role, string | null> = {
  [Role.REGISTRAR]: '信访局',
  [Role.HANDLER]: '住房和城乡建设局',
  [Role.LEADER]: null,
  [Role.SUPERVISOR]: '信访局',
  [Role.CONFERENCE_OFFICE]: '联席会议办公室',
  [Role.MEMBER_UNIT]: '人力资源和社会保障局',
  [Role.ASSESSOR]: '信访局',
  [Role.TENANT_ADMIN]: null,
};

const ROLE_TITLE: Record<Role, string> = {
  [Role.REGISTRAR]: '登记员',
  [Role.HANDLER]: '办理人员',
  [Role.LEADER]: '领导',
  [Role.SUPERVISOR]: '督查员',
  [Role.CONFERENCE_OFFICE]: '联席办',
  [Role.MEMBER_UNIT]: '成员单位联络员',
  [Role.ASSESSOR]: '考核员',
  [Role.TENANT_ADMIN]: '管理员',
};

/** Every role at the province, at Chengdu and at Jinjiang district; the township's daily roles and its leader. */
const ACCOUNT_PLAN: { prefix: string; code: string; name: string; roles: Role[]; township?: boolean }[] = [
  { prefix: 'sc', code: '510000', name: '四川省', roles: Object.values(Role) },
  { prefix: 'cd', code: '510100', name: '成都市', roles: Object.values(Role) },
  { prefix: 'jj', code: '510104', name: '锦江区', roles: Object.values(Role) },
  { prefix: 'wh', code: '510107', name: '武侯区', roles: [Role.TENANT_ADMIN, Role.REGISTRAR, Role.HANDLER] },
  { prefix: 'my', code: '510700', name: '绵阳市', roles: [Role.TENANT_ADMIN, Role.REGISTRAR] },
  // The township's leader approves its handlers' extensions (the handling office's leader does).
  { prefix: 'cxl', code: '510104001', name: '春熙路街道', roles: [Role.TENANT_ADMIN, Role.REGISTRAR, Role.HANDLER, Role.LEADER], township: true },
];

const TOWNSHIP_UNIT: Partial<Record<Role, string>> = { [Role.REGISTRAR]: '信访办', [Role.HANDLER]: '综治中心' };

export function demoAccounts(): DemoAccount[] {
  return ACCOUNT_PLAN.flatMap((plan) =>
    plan.roles.map((role) => ({
      username: `${plan.prefix}.${role.toLowerCase().replaceAll('_', '-')}`,
      password: DEMO_PASSWORD,
      displayName: `${plan.name}${ROLE_TITLE[role]}`,
      tenantCode: plan.code,
      tenantName: plan.name,
      unitName: plan.township ? (TOWNSHIP_UNIT[role] ?? null) : ROLE_UNIT[role],
      roles: [role],
    })),
  );
}
