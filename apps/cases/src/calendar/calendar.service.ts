import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { type CalendarOverride, isoDate, mergeOverrides, yearOf } from '#common/calendar';
import { Clock } from '#common/clock';
import type { TenantEntity } from '#common/directory';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent, type CalendarChangedPayload } from '#common/events';
import { decodeCursor, toConnection, type Connection } from '#common/graphql';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';
import { STATUTORY_RULES } from '../clocks/domain/index.js';
import { DeadlineRecomputeQueue } from '../clocks/queues/deadline-recompute.queue.js';
import {
  changedYears,
  chainSettings,
  effectiveRules,
  reminderLeadDaysProblem,
  reminderLeadDaysRecord,
  tighteningList,
  tighteningRecord,
  tighteningsProblem,
} from './domain/calendar-rules.js';
import type { CalendarSettings } from './dto/calendar.types.js';
import type { AddHolidayOverrideInput, UpdateCalendarSettingsInput } from './dto/calendar.inputs.js';
import type { CalendarSettingsEntity, DeadlineRecomputationEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';
import { CalendarStore } from './calendar.store.js';
import { TenantCalendars } from './tenant-calendar.js';

export interface Page {
  first: number;
  after?: string;
}

const KIND_LABELS = { HOLIDAY: '放假', WORKDAY: '上班' } as const;

/**
 * A tenant's calendar administration: its period settings and its holiday overrides, which apply
 * to its whole subtree. Row-level security lets a tenant read its ancestors' rows (the settings in
 * force come from them) but write only within its subtree; each method also refuses a tenant
 * outside the caller's subtree before anything else.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: CalendarStore,
    private readonly calendars: TenantCalendars,
    private readonly recompute: DeadlineRecomputeQueue,
    private readonly clock: Clock,
  ) {}

  settings(ctx: TenantContext, tenantId: string): Promise<CalendarSettings> {
    return this.transactions.run(ctx, async (em) => {
      const tenant = await this.visibleTenant(em, tenantId);
      return settingsView(tenant.id, await this.calendars.settingsChain(em, tenant.path));
    });
  }

  /**
   * Replaces the tenant's own settings under an optimistic lock. Tightenings and the day counting
   * apply to stages started afterwards, so they recompute nothing; a change of declared years does,
   * since it turns guessed deadlines into known ones.
   */
  async updateSettings(ctx: TenantContext, input: UpdateCalendarSettingsInput): Promise<CalendarSettings> {
    const { tenant, view, years } = await this.transactions.run(ctx, async (em) => {
      const tenant = await this.visibleTenant(em, input.tenantId);
      const chain = await this.calendars.settingsChain(em, tenant.path);
      const own = chain.find((row) => row.tenantId === tenant.id) ?? null;
      const problem = tighteningsProblem(input.tightenings, chain.filter((row) => row !== own).map(chainSettings));
      if (problem) throw validation(problem, { tightenings: input.tightenings });
      const leadProblem = input.reminderLeadDays ? reminderLeadDaysProblem(input.reminderLeadDays) : null;
      if (leadProblem) throw validation(leadProblem, { reminderLeadDays: input.reminderLeadDays });

      const version = input.version ?? 0;
      if ((own?.version ?? 0) !== version) throw staleSettings();
      const fields = {
        // Working-day counting is a tenant's choice: the regulation leaves "日" undefined and the
        // domain makes the unit a setting, so either value is accepted (null inherits).
        dayCounting: input.dayCounting ?? null,
        tightenings: tighteningRecord(input.tightenings),
        declaredYears: [...new Set(input.declaredYears)].sort((a, b) => a - b),
        // Applies to the reminders not yet sent: a fired job re-reads the leads in force.
        reminderLeadDays: input.reminderLeadDays ? reminderLeadDaysRecord(input.reminderLeadDays) : null,
      };
      const saved = own
        ? await this.store.updateSettings(em, tenant.id, version, fields, this.clock.now())
        : await this.store.insertSettings(em, tenant, fields, this.clock.now());
      if (!saved) throw staleSettings();
      await audit(em, CASES_SCHEMA, {
        action: 'calendar.settings.updated',
        entity: 'calendar_settings',
        entityId: tenant.id,
        before: own
          ? {
              dayCounting: own.dayCounting,
              tightenings: own.tightenings,
              declaredYears: own.declaredYears,
              reminderLeadDays: own.reminderLeadDays,
              version: own.version,
            }
          : undefined,
        after: fields,
        tenant: tenantRef(tenant),
      });
      await this.announce(em, tenantRef(tenant));
      const view = settingsView(tenant.id, await this.calendars.settingsChain(em, tenant.path));
      return { tenant, view, years: changedYears(own?.declaredYears ?? [], fields.declaredYears) };
    });
    if (years.length) await this.enqueue(ctx, tenantRef(tenant), `补录法定节假日安排的年份变更：${years.join('、')}`);
    return view;
  }

  /** The overrides in force for a tenant in one year: its own and its ancestors', the nearer winning on a date. */
  overrides(ctx: TenantContext, tenantId: string, year: number): Promise<HolidayOverrideEntity[]> {
    return this.transactions.run(ctx, async (em) => {
      const tenant = await this.visibleTenant(em, tenantId);
      const levels = (await this.calendars.overrideChain(em, tenant.path)).map((level) => level.filter((o) => yearOf(o.date) === year));
      // mergeOverrides returns the winning objects themselves, so the rows (with their tenant) survive.
      const winners = new Set<CalendarOverride>(mergeOverrides(levels));
      return levels
        .flat()
        .filter((row) => winners.has(row))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    });
  }

  async addOverride(ctx: TenantContext, input: AddHolidayOverrideInput): Promise<HolidayOverrideEntity> {
    const date = isoDate(input.date);
    const override = await this.transactions.run(ctx, async (em) => {
      const tenant = await this.visibleTenant(em, input.tenantId);
      if (await this.store.overrideExists(em, tenant.id, date)) throw conflict(`本机构已设定 ${date} 的节假日调整，请先删除原设定`);
      const row = await this.store.insertOverride(em, {
        tenantId: tenant.id,
        tenantPath: tenant.path,
        date,
        kind: input.kind,
        name: input.name,
        createdAt: this.clock.now(),
      });
      await audit(em, CASES_SCHEMA, {
        action: 'calendar.override.added',
        entity: 'holiday_override',
        entityId: row.id,
        after: { date, kind: row.kind, name: row.name },
        tenant: tenantRef(tenant),
      });
      await this.announce(em, tenantRef(tenant));
      return row;
    });
    await this.enqueue(ctx, override, `新增节假日调整：${date}${KIND_LABELS[override.kind]}（${override.name}）`);
    return override;
  }

  /** Only an override set within the caller's subtree: an ancestor's is readable but not the caller's to remove. */
  async removeOverride(ctx: TenantContext, id: string): Promise<HolidayOverrideEntity> {
    if (!isUUID(id)) throw notFound('节假日调整');
    const override = await this.transactions.run(ctx, async (em) => {
      const row = await this.store.overrideInSubtree(em, id);
      if (!row) throw notFound('节假日调整');
      await this.store.deleteOverride(em, row);
      await audit(em, CASES_SCHEMA, {
        action: 'calendar.override.removed',
        entity: 'holiday_override',
        entityId: row.id,
        before: { date: row.date, kind: row.kind, name: row.name },
        tenant: row,
      });
      await this.announce(em, row);
      return row;
    });
    await this.enqueue(ctx, override, `删除节假日调整：${override.date}${KIND_LABELS[override.kind]}（${override.name}）`);
    return override;
  }

  /** `calendar.changed` with what the tenant itself now sets, for the services that count days too (task deadlines). */
  private async announce(em: EntityManager, tenant: { tenantId: string; tenantPath: string }): Promise<void> {
    const own = await this.store.ownSettings(em, tenant.tenantId);
    const overrides = await this.store.ownOverrides(em, tenant.tenantId);
    const payload: CalendarChangedPayload = {
      reminderLeadDays: own?.reminderLeadDays ?? null,
      declaredYears: own?.declaredYears ?? [],
      overrides: overrides.map((o) => ({ date: o.date, kind: o.kind, name: o.name })),
      changedAt: this.clock.now().toISOString(),
    };
    await emitEvent(em, CASES_SCHEMA, 'calendar.changed', payload, tenant);
  }

  /** A tenant's recomputation records, newest first. */
  recomputations(ctx: TenantContext, tenantId: string, page: Page): Promise<Connection<DeadlineRecomputationEntity>> {
    const after = decodeCursor(page.after, ['timestamp', 'uuid']);
    return this.transactions.run(ctx, async (em) => {
      const tenant = await this.visibleTenant(em, tenantId);
      const rows = await this.store.recomputations(em, tenant.id, page.first + 1, after ? [after[0], after[1]] : null);
      return toConnection(rows, page.first, (r) => [r.finishedAt.toISOString(), r.id]);
    });
  }

  private async visibleTenant(em: EntityManager, id: string): Promise<TenantEntity> {
    const tenant = isUUID(id) ? await this.store.tenant(em, id) : null;
    if (!tenant) throw notFound('机构');
    return tenant;
  }

  /**
   * After the commit: the worker must see the change it recomputes for. A failure to enqueue leaves
   * the change committed and is reported to the caller, who may save again to retry.
   */
  private enqueue(ctx: TenantContext, tenant: { tenantId: string; tenantPath: string }, reason: string): Promise<void> {
    return this.recompute.enqueue({
      tenantId: tenant.tenantId,
      tenantPath: tenant.tenantPath,
      reason,
      requestedAt: this.clock.now().toISOString(),
      requestId: ctx.requestId,
    });
  }
}

function staleSettings() {
  return conflict('期限设置已被他人修改，请刷新后重新提交');
}

function tenantRef(tenant: TenantEntity) {
  return { tenantId: tenant.id, tenantPath: tenant.path };
}

function settingsView(tenantId: string, chain: readonly CalendarSettingsEntity[]): CalendarSettings {
  const own = chain.find((row) => row.tenantId === tenantId);
  return {
    tenantId,
    dayCounting: own?.dayCounting ?? null,
    tightenings: tighteningList(own?.tightenings ?? {}),
    declaredYears: own?.declaredYears ?? [],
    reminderLeadDays: own?.reminderLeadDays ?? null,
    effectiveReminderLeadDays: effectiveReminderLeadDays(chain),
    version: own?.version ?? 0,
    updatedAt: own?.updatedAt ?? null,
    effectiveRules: effectiveRules(chain.map(chainSettings)).map((rule) => ({
      stage: rule.stage,
      name: rule.name,
      statutoryDays: STATUTORY_RULES[rule.stage].days,
      days: rule.days,
      unit: rule.unit,
      article: rule.article,
      tightened: rule.tightened,
    })),
  };
}
