import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphql } from '#test/gql/index.js';
import type { UpdateCalendarSettingsInput } from '#test/gql/graphql.js';
import { errorCode, gql, login } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { DeadlineRecomputeQueue } from '../../clocks/queues/deadline-recompute.queue.js';

const SETTINGS = graphql(`
  query CalendarSettingsSpecSettings($tenantId: ID!) {
    calendarSettings(tenantId: $tenantId) {
      tenantId
      dayCounting
      tightenings {
        stage
        days
      }
      declaredYears
      version
      effectiveRules {
        stage
        name
        statutoryDays
        days
        unit
        article
        tightened
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {
    updateCalendarSettings(input: $input) {
      version
      dayCounting
      tightenings {
        stage
        days
      }
      declaredYears
      effectiveRules {
        stage
        days
        unit
        tightened
      }
    }
  }
`);
const LEADS = graphql(`
  query CalendarSettingsSpecLeads($tenantId: ID!) {
    calendarSettings(tenantId: $tenantId) {
      reminderLeadDays
      effectiveReminderLeadDays
    }
  }
`);
const UPDATE_LEADS = graphql(`
  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {
    updateCalendarSettings(input: $input) {
      version
      reminderLeadDays
      effectiveReminderLeadDays
    }
  }
`);
const ADD = graphql(`
  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {
    addHolidayOverride(input: $input) {
      id
      tenantId
      date
      kind
      name
    }
  }
`);
const REMOVE = graphql(`
  mutation CalendarSettingsSpecRemove($id: ID!) {
    removeHolidayOverride(id: $id) {
      id
      date
    }
  }
`);
const OVERRIDES = graphql(`
  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {
    holidayOverrides(tenantId: $tenantId, year: $year) {
      id
      tenantId
      tenantPath
      date
      kind
      name
    }
  }
`);

describe('tenant calendar administration', () => {
  let t: CasesTestApp;
  let cityAdmin: string;
  let countyAdmin: string;
  let countyRegistrar: string;
  let chengdu: string;
  let jinjiang: string;

  const settingsRows = async () =>
    (await t.admin.query('SELECT tenant_path::text AS path, tightenings, version FROM cases.calendar_settings ORDER BY tenant_path')).rows;
  const update = (token: string, input: Partial<UpdateCalendarSettingsInput> & Pick<UpdateCalendarSettingsInput, 'tenantId'>) =>
    gql(t.server, UPDATE, { input: { declaredYears: [], tightenings: [], ...input } }, token);

  beforeAll(async () => {
    t = await startCasesApp();
    cityAdmin = await login(t.server, 'cd.tenant-admin');
    countyAdmin = await login(t.server, 'jj.tenant-admin');
    countyRegistrar = await login(t.server, 'jj.registrar');
    chengdu = await tenantIdOf(t.admin, '510100');
    jinjiang = await tenantIdOf(t.admin, '510104');
  });

  afterAll(async () => {
    await t.app.get(DeadlineRecomputeQueue).queue.obliterate({ force: true });
    await t.close();
  });

  it('shows the statute as the rules in force before anything is set', async () => {
    const result = await gql(t.server, SETTINGS, { tenantId: jinjiang }, countyRegistrar);
    const settings = result.data!.calendarSettings;
    expect(settings).toMatchObject({ tenantId: jinjiang, dayCounting: null, tightenings: [], declaredYears: [], version: 0 });
    expect(settings.effectiveRules).toHaveLength(9);
    expect(settings.effectiveRules[0]).toEqual({
      stage: 'ROUTE',
      name: '转送、交办',
      statutoryDays: 15,
      days: 15,
      unit: 'CALENDAR_DAYS',
      article: '第二十二条',
      tightened: false,
    });
    expect(settings.effectiveRules.find((r) => r.stage === 'RECEIVE')).toMatchObject({ statutoryDays: null, days: null });
  });

  it('refuses a tightening longer than the statute, and writes nothing', async () => {
    const result = await update(cityAdmin, { tenantId: chengdu, tightenings: [{ stage: 'ROUTE', days: 20 }] });
    expect(errorCode(result)).toBe('VALIDATION');
    expect(result.errors![0].message).toContain('不得长于《信访工作条例》第二十二条规定的 15 日');
    expect(await settingsRows()).toEqual([]);
    const audits = await t.admin.query(`SELECT count(*)::int AS n FROM cases.audit_log WHERE action = 'calendar.settings.updated'`);
    expect(audits.rows[0].n).toBe(0);
  });

  it('creates the settings at version 0 and audits the change', async () => {
    const result = await update(cityAdmin, { tenantId: chengdu, version: 0, tightenings: [{ stage: 'NOTIFY', days: 7 }] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCalendarSettings).toMatchObject({ version: 1, tightenings: [{ stage: 'NOTIFY', days: 7 }] });
    expect(result.data!.updateCalendarSettings.effectiveRules.find((r) => r.stage === 'NOTIFY')).toEqual({
      stage: 'NOTIFY',
      days: 7,
      unit: 'CALENDAR_DAYS',
      tightened: true,
    });
    const audits = await t.admin.query(`SELECT entity_id, after FROM cases.audit_log WHERE action = 'calendar.settings.updated'`);
    expect(audits.rows).toEqual([{ entity_id: chengdu, after: { dayCounting: null, tightenings: { NOTIFY: 7 }, declaredYears: [], reminderLeadDays: null } }]);
  });

  it("refuses a county's tightening looser than its city's, and writes nothing", async () => {
    const result = await update(countyAdmin, { tenantId: jinjiang, tightenings: [{ stage: 'NOTIFY', days: 10 }] });
    expect(errorCode(result)).toBe('VALIDATION');
    expect(result.errors![0].message).toContain('上级已设定的 7 日');
    expect((await settingsRows()).map((r) => r.path)).toEqual(['510000.510100']);
  });

  it("lets a county tighten further; the county's rules combine both levels", async () => {
    const result = await update(countyAdmin, {
      tenantId: jinjiang,
      tightenings: [
        { stage: 'NOTIFY', days: 3 },
        { stage: 'RECEIVE', days: 0 },
      ],
    });
    expect(result.errors).toBeUndefined();
    const settings = (await gql(t.server, SETTINGS, { tenantId: jinjiang }, countyRegistrar)).data!.calendarSettings;
    const rules = Object.fromEntries(settings.effectiveRules.map((r) => [r.stage, [r.days, r.tightened]]));
    expect(rules).toMatchObject({ NOTIFY: [3, true], RECEIVE: [0, true], ROUTE: [15, false] });
  });

  it('refuses a stale version with CONFLICT', async () => {
    for (const version of [0, 5]) {
      const result = await update(cityAdmin, { tenantId: chengdu, version, tightenings: [{ stage: 'NOTIFY', days: 6 }] });
      expect(errorCode(result)).toBe('CONFLICT');
    }
    expect((await settingsRows()).find((r) => r.path === '510000.510100')).toMatchObject({ tightenings: { NOTIFY: 7 }, version: 1 });
  });

  it('accepts working-day counting as a tenant setting, with the current version', async () => {
    const result = await update(cityAdmin, {
      tenantId: chengdu,
      version: 1,
      dayCounting: 'WORKING_DAYS',
      tightenings: [{ stage: 'NOTIFY', days: 7 }],
      declaredYears: [2027],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCalendarSettings).toMatchObject({ version: 2, dayCounting: 'WORKING_DAYS', declaredYears: [2027] });
    expect(result.data!.updateCalendarSettings.effectiveRules.find((r) => r.stage === 'HANDLE')).toMatchObject({ unit: 'WORKING_DAYS' });
    const jobs = await t.app.get(DeadlineRecomputeQueue).queue.getJobs(['waiting']);
    expect(jobs.map((job) => job.data)).toContainEqual(
      expect.objectContaining({ tenantId: chengdu, tenantPath: '510000.510100', reason: expect.stringContaining('2027') }),
    );
  });

  it("does not let a county admin change its city's settings", async () => {
    const result = await update(countyAdmin, { tenantId: chengdu, version: 2, tightenings: [] });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect((await settingsRows()).find((r) => r.path === '510000.510100')).toMatchObject({ tightenings: { NOTIFY: 7 }, version: 2 });
  });

  it('lets only tenant administrators change settings', async () => {
    const result = await update(countyRegistrar, { tenantId: jinjiang, version: 1 });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('sets reminder leads for a subtree, inherited below it, and refuses leads outside 1–30', async () => {
    const city: UpdateCalendarSettingsInput = {
      tenantId: chengdu,
      version: 2,
      dayCounting: 'WORKING_DAYS',
      tightenings: [{ stage: 'NOTIFY', days: 7 }],
      declaredYears: [2027],
    };
    const before = (await gql(t.server, LEADS, { tenantId: jinjiang }, countyRegistrar)).data!.calendarSettings;
    expect(before).toEqual({ reminderLeadDays: null, effectiveReminderLeadDays: [3, 1] });

    const refused = await gql(t.server, UPDATE_LEADS, { input: { ...city, reminderLeadDays: [3, 31] } }, cityAdmin);
    expect(errorCode(refused)).toBe('VALIDATION');
    expect(refused.errors![0].message).toBe('提前提醒天数应为 1–30 之间的整数（收到 31）');

    const result = await gql(t.server, UPDATE_LEADS, { input: { ...city, reminderLeadDays: [1, 5, 5] } }, cityAdmin);
    expect(result.data!.updateCalendarSettings).toEqual({ version: 3, reminderLeadDays: [5, 1], effectiveReminderLeadDays: [5, 1] });
    expect((await gql(t.server, LEADS, { tenantId: jinjiang }, countyRegistrar)).data!.calendarSettings).toEqual({
      reminderLeadDays: null,
      effectiveReminderLeadDays: [5, 1],
    });
    // Announced under the city, whole, for the services that count days too.
    const [announced] = (
      await t.admin.query(`SELECT tenant_path::text AS path, payload FROM cases.outbox WHERE topic = 'calendar.changed' ORDER BY created_at DESC LIMIT 1`)
    ).rows;
    expect(announced).toMatchObject({ path: '510000.510100', payload: { reminderLeadDays: [5, 1], declaredYears: [2027], overrides: [] } });
  });

  describe('holiday overrides', () => {
    let cityOverride: string;

    it('adds an override and enqueues a recomputation for its tenant', async () => {
      const result = await gql(t.server, ADD, { input: { tenantId: chengdu, date: '2026-03-17', kind: 'HOLIDAY', name: '地方假日' } }, cityAdmin);
      expect(result.errors).toBeUndefined();
      cityOverride = result.data!.addHolidayOverride.id;
      const [announced] = (await t.admin.query(`SELECT payload FROM cases.outbox WHERE topic = 'calendar.changed' ORDER BY created_at DESC LIMIT 1`)).rows;
      expect(announced.payload.overrides).toEqual([{ date: '2026-03-17', kind: 'HOLIDAY', name: '地方假日' }]);
      const jobs = await t.app.get(DeadlineRecomputeQueue).queue.getJobs(['waiting']);
      expect(jobs.map((job) => job.data)).toContainEqual(expect.objectContaining({ tenantId: chengdu, reason: expect.stringContaining('2026-03-17') }));
      const audits = await t.admin.query(`SELECT entity_id FROM cases.audit_log WHERE action = 'calendar.override.added'`);
      expect(audits.rows).toEqual([{ entity_id: cityOverride }]);
    });

    it('refuses a second override on the same date for the same tenant', async () => {
      const result = await gql(t.server, ADD, { input: { tenantId: chengdu, date: '2026-03-17', kind: 'WORKDAY', name: '补班' } }, cityAdmin);
      expect(errorCode(result)).toBe('CONFLICT');
    });

    it('refuses an impossible date', async () => {
      const result = await gql(t.server, ADD, { input: { tenantId: chengdu, date: '2026-02-30', kind: 'HOLIDAY', name: '无' } }, cityAdmin);
      expect(errorCode(result)).toBe('VALIDATION');
    });

    it("shows a county the overrides in force: its own, and its city's where it set none, with who set each", async () => {
      await gql(t.server, ADD, { input: { tenantId: jinjiang, date: '2026-03-17', kind: 'WORKDAY', name: '区内照常上班' } }, countyAdmin);
      await gql(t.server, ADD, { input: { tenantId: chengdu, date: '2026-07-01', kind: 'HOLIDAY', name: '市内假日' } }, cityAdmin);
      const county = (await gql(t.server, OVERRIDES, { tenantId: jinjiang, year: 2026 }, countyRegistrar)).data!.holidayOverrides;
      expect(county.map((o) => [o.date, o.kind, o.tenantPath])).toEqual([
        ['2026-03-17', 'WORKDAY', '510000.510100.510104'],
        ['2026-07-01', 'HOLIDAY', '510000.510100'],
      ]);
      const city = (await gql(t.server, OVERRIDES, { tenantId: chengdu, year: 2026 }, cityAdmin)).data!.holidayOverrides;
      expect(city.map((o) => [o.date, o.kind, o.tenantId])).toEqual([
        ['2026-03-17', 'HOLIDAY', chengdu],
        ['2026-07-01', 'HOLIDAY', chengdu],
      ]);
      expect((await gql(t.server, OVERRIDES, { tenantId: chengdu, year: 2025 }, cityAdmin)).data!.holidayOverrides).toEqual([]);
    });

    it("does not let a county remove its city's override", async () => {
      const result = await gql(t.server, REMOVE, { id: cityOverride }, countyAdmin);
      expect(errorCode(result)).toBe('NOT_FOUND');
      const { rows } = await t.admin.query('SELECT count(*)::int AS n FROM cases.holiday_overrides WHERE id = $1', [cityOverride]);
      expect(rows[0].n).toBe(1);
    });

    it('removes an override within the subtree', async () => {
      const result = await gql(t.server, REMOVE, { id: cityOverride }, cityAdmin);
      expect(result.data!.removeHolidayOverride).toEqual({ id: cityOverride, date: '2026-03-17' });
      const { rows } = await t.admin.query('SELECT count(*)::int AS n FROM cases.holiday_overrides WHERE id = $1', [cityOverride]);
      expect(rows[0].n).toBe(0);
    });
  });
});
