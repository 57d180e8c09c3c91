import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Role } from '#common/auth';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { LifecycleService } from '../cases/lifecycle.service.js';
import { RegistrationService } from '../cases/registration.service.js';
import type { CaseEntity } from '../cases/entities/index.js';
import { CaseKind, Channel, DecisionOutcome, RouteMode } from '../cases/domain/index.js';
import { DEMO_PROVINCE } from './demo-province.js';

/**
 * A few cases in the demo province, each walked through the real lifecycle by the demo users, so
 * that a fresh `npm run up` has something in every list: one at each of registration, routing,
 * acceptance and delivery, a level-skipping visit, a group visit and an accusation. Run by
 * `npm run up` only (`seed --demo-cases`); the test template keeps an empty case table.
 */
@Injectable()
export class DemoCaseSeeder {
  private readonly logger = new Logger(DemoCaseSeeder.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly registration: RegistrationService,
    private readonly lifecycle: LifecycleService,
  ) {}

  async seed(): Promise<number> {
    const as = await this.demoUsers();
    const province = as('sc.registrar');
    const existing = await this.transactions.run(province, (em) => em.query(`SELECT count(*)::int AS n FROM cases.cases`));
    if (existing[0].n > 0) return 0;
    const ids = await this.transactions.run(province, async (em) => {
      const rows: { code: string; id: string }[] = await em.query(`SELECT code, id FROM core.tenants`);
      const units: { key: string; id: string }[] = await em.query(
        `SELECT t.code || '/' || u.name AS key, u.id FROM core.units u JOIN core.tenants t ON t.id = u.tenant_id`,
      );
      const [category] = await em.query(`SELECT id FROM cases.categories WHERE code = 'WAGE_ARREARS'`);
      return { tenant: new Map(rows.map((r) => [r.code, r.id])), unit: new Map(units.map((u) => [u.key, u.id])), category: category.id as string };
    });
    const jinjiang = ids.tenant.get('510104')!;
    const register = (username: string, problemCode: string, overrides: Partial<Parameters<RegistrationService['register']>[1]> = {}) =>
      this.registration.register(as(username), {
        channel: Channel.LETTER,
        kind: CaseKind.CLAIM,
        categoryId: ids.category,
        title: '某建筑工地拖欠农民工工资',
        content: '信访人反映某建筑工地拖欠十余名农民工工资，要求协调支付。',
        problemJurisdictionId: ids.tenant.get(problemCode)!,
        petitioners: [{ name: '张某', idNumber: '11010519491231002X', phone: '13800138000', representative: false }],
        ...overrides,
      });
    const next = (username: string, kase: CaseEntity) => ({ ctx: as(username), input: { caseId: kase.id, version: kase.version } });

    const cases: CaseEntity[] = [];
    cases.push(
      await register('jj.registrar', '510104001', { kind: CaseKind.SUGGESTION, title: '建议春熙路增设公共座椅', content: '建议在步行街增设休息座椅。' }),
    );

    let visit = await register('sc.registrar', '510104', {
      channel: Channel.VISIT,
      title: '小区维修基金被占用（赴省访）',
      content: '信访人到省信访局反映小区维修基金被物业占用。',
    });
    visit = await this.lifecycle.route(as('sc.registrar'), { ...next('sc.registrar', visit).input, mode: RouteMode.TRANSFER, tenantId: jinjiang });
    cases.push(visit);

    let handled = await register('jj.registrar', '510104');
    handled = await this.lifecycle.route(as('jj.registrar'), {
      ...next('jj.registrar', handled).input,
      mode: RouteMode.TRANSFER,
      tenantId: jinjiang,
      unitId: ids.unit.get('510104/住房和城乡建设局'),
    });
    for (const step of ['receive', 'accept'] as const) handled = await this.lifecycle[step](as('jj.handler'), next('jj.handler', handled).input);
    cases.push(handled);

    let delivered = await register('jj.registrar', '510104', {
      title: '小区供暖不达标',
      content: '反映小区冬季室温长期低于 16 度。',
      petitioners: [{ name: '李某', phone: '13900139000', representative: false }],
    });
    delivered = await this.lifecycle.route(as('jj.registrar'), {
      ...next('jj.registrar', delivered).input,
      mode: RouteMode.TRANSFER,
      tenantId: jinjiang,
      unitId: ids.unit.get('510104/住房和城乡建设局'),
    });
    for (const step of ['receive', 'accept'] as const) delivered = await this.lifecycle[step](as('jj.handler'), next('jj.handler', delivered).input);
    delivered = await this.lifecycle.decide(as('jj.handler'), {
      ...next('jj.handler', delivered).input,
      outcome: DecisionOutcome.SUPPORTS,
      text: '责成供热企业限期整改，室温已达标。',
    });
    delivered = await this.lifecycle.deliver(as('jj.handler'), next('jj.handler', delivered).input);
    cases.push(delivered);

    const group = Array.from({ length: 6 }, (_, i) => ({ name: `王某${i + 1}`, representative: i < 5 }));
    cases.push(
      await register('cd.registrar', '510104', {
        channel: Channel.VISIT,
        title: '某楼盘逾期交房（集体访）',
        content: '三十余名业主反映楼盘逾期两年未交房。',
        petitioners: group,
        personCount: 32,
      }),
    );

    let accusation = await register('jj.registrar', '510104', {
      kind: CaseKind.ACCUSATION,
      title: '检举某局工作人员违规收费',
      content: '检举人反映办理不动产登记时被违规收取费用。',
      accusedUnitId: ids.unit.get('510104/住房和城乡建设局'),
    });
    accusation = await this.lifecycle.route(as('jj.registrar'), {
      ...next('jj.registrar', accusation).input,
      mode: RouteMode.TRANSFER,
      tenantId: jinjiang,
      unitId: ids.unit.get('510104/公安局'),
    });
    cases.push(accusation);

    this.logger.log(`demo cases: ${cases.map((c) => `${c.number} ${c.state}`).join(', ')}`);
    return cases.length;
  }

  /** The demo users' contexts as their tokens would carry them. */
  private async demoUsers(): Promise<(username: string) => TenantContext> {
    const provisioning: TenantContext = {
      userId: null,
      username: 'provisioning',
      tenantId: '',
      tenantPath: DEMO_PROVINCE.code,
      unitId: null,
      roles: [],
      requestId: `seed-${randomUUID()}`,
    };
    const users: { id: string; username: string; tenant_id: string; path: string; unit_id: string | null; roles: Role[] }[] = await this.transactions.run(
      provisioning,
      (em) => em.query(`SELECT id, username, tenant_id, tenant_path::text AS path, unit_id, roles FROM core.users`),
    );
    const byName = new Map(users.map((u) => [u.username, u]));
    return (username) => {
      const user = byName.get(username);
      if (!user) throw new Error(`demo user ${username} is missing; run the demo seed first`);
      return {
        userId: user.id,
        username,
        tenantId: user.tenant_id,
        tenantPath: user.path,
        unitId: user.unit_id,
        roles: user.roles,
        requestId: `seed-${randomUUID()}`,
      };
    };
  }
}
