import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { conflict } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { tenantSettings } from './domain/index.js';
import type { SupervisionSettingsInput } from './dto/notice.inputs.js';
import type { SupervisionSettings } from './dto/notice.types.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';

/** Each tenant's supervision settings, inherited down the tree value by value. */
@Injectable()
export class SupervisionSettingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: SupervisionSettingsStore,
    private readonly clock: Clock,
  ) {}

  /** Sets the caller's tenant's own values (null: inherit), checking the version the administrator saw. */
  update(ctx: TenantContext, input: SupervisionSettingsInput): Promise<SupervisionSettings> {
    return this.transactions.run(ctx, async (em) => {
      const own = await this.store.ownLocked(em, ctx.tenantId);
      const current = own?.version ?? 0;
      const stale = () => conflict(`督查督办设置已被他人修改（当前版本 ${current}，提交的版本 ${input.version}），请刷新后重试`);
      if (current !== input.version) throw stale();
      const next = { feedbackDays: input.feedbackDays ?? null, escalationIntervalDays: input.escalationIntervalDays ?? null };
      const now = this.clock.now();
      if (own) {
        // Locked above, so the version checked is still the row's.
        await this.store.update(em, ctx.tenantId, next, now);
      } else if (!(await this.store.insertFirst(em, ctx.tenantId, ctx.tenantPath, next, now))) {
        // A first row written concurrently makes the insert a no-op: the other writer won.
        throw stale();
      }
      await audit(em, MEETINGS_SCHEMA, {
        action: 'supervision_settings.update',
        entity: 'supervision_settings',
        entityId: ctx.tenantId,
        before: own ? { feedbackDays: own.feedbackDays, escalationIntervalDays: own.escalationIntervalDays, version: current } : undefined,
        after: { ...next, version: current + 1 },
      });
      return tenantSettings(await this.store.chain(em, ctx.tenantPath), ctx.tenantPath);
    });
  }
}
