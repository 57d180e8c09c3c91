import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { conflict } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { effectiveSettings } from './domain/index.js';
import type { SupervisionSettingsInput } from './dto/notice.inputs.js';
import type { SupervisionSettings } from './dto/notice.types.js';
import { NoticeStore } from './notice-store.js';

/** Each tenant's supervision settings, inherited down the tree value by value. */
@Injectable()
export class SupervisionSettingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: NoticeStore,
    private readonly clock: Clock,
  ) {}

  settings(ctx: TenantContext): Promise<SupervisionSettings> {
    return this.transactions.run(ctx, async (em) => this.describe(await this.store.settingsChain(em, ctx.tenantPath), ctx.tenantPath));
  }

  /** Sets the caller's tenant's own values (null: inherit), checking the version the administrator saw. */
  update(ctx: TenantContext, input: SupervisionSettingsInput): Promise<SupervisionSettings> {
    return this.transactions.run(ctx, async (em) => {
      const [own]: { feedback_days: number | null; escalation_interval_days: number | null; version: number }[] = await em.query(
        `SELECT feedback_days, escalation_interval_days, version FROM ${MEETINGS_SCHEMA}.supervision_settings WHERE tenant_id = $1 FOR UPDATE`,
        [ctx.tenantId],
      );
      const current = own?.version ?? 0;
      const stale = () => conflict(`督查督办设置已被他人修改（当前版本 ${current}，提交的版本 ${input.version}），请刷新后重试`);
      if (current !== input.version) throw stale();
      const next = { feedbackDays: input.feedbackDays ?? null, escalationIntervalDays: input.escalationIntervalDays ?? null };
      const params = [ctx.tenantId, next.feedbackDays, next.escalationIntervalDays, this.clock.now()];
      if (own) {
        // Locked above, so the version checked is still the row's.
        await em.query(
          `UPDATE ${MEETINGS_SCHEMA}.supervision_settings
              SET feedback_days = $2, escalation_interval_days = $3, updated_at = $4, version = version + 1
            WHERE tenant_id = $1`,
          params,
        );
      } else {
        // A first row written concurrently makes this insert a no-op: the other writer won.
        const inserted: unknown[] = await em.query(
          `INSERT INTO ${MEETINGS_SCHEMA}.supervision_settings (tenant_id, feedback_days, escalation_interval_days, updated_at, tenant_path, version)
           VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (tenant_id) DO NOTHING RETURNING version`,
          [...params, ctx.tenantPath],
        );
        if (inserted.length === 0) throw stale();
      }
      await audit(em, MEETINGS_SCHEMA, {
        action: 'supervision_settings.update',
        entity: 'supervision_settings',
        entityId: ctx.tenantId,
        before: own ? { feedbackDays: own.feedback_days, escalationIntervalDays: own.escalation_interval_days, version: current } : undefined,
        after: { ...next, version: current + 1 },
      });
      return this.describe(await this.store.settingsChain(em, ctx.tenantPath), ctx.tenantPath);
    });
  }

  private describe(chain: Awaited<ReturnType<NoticeStore['settingsChain']>>, tenantPath: string): SupervisionSettings {
    const own = chain.find((row) => row.tenantPath === tenantPath);
    return {
      ...effectiveSettings(chain),
      ownFeedbackDays: own?.feedbackDays ?? null,
      ownEscalationIntervalDays: own?.escalationIntervalDays ?? null,
      version: own?.version ?? 0,
    };
  }
}
