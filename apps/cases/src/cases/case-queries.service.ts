import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoDate, plusDays, type IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { decodeCursor, toConnection, withTotalCount, type Connection, type CursorPart } from '#common/graphql';
import { forbidden, invalidField, notFound, validation } from '#common/errors';
import { PiiCipher, parsePhone, parseResidentId } from '#common/pii';
import { TenantTransactions, audit, scopeUnitOf, type TenantContext } from '#common/tenancy';
import type { TenantLevel } from '#common/directory';
import { groupBy } from '#common/collections';
import { Role } from '#common/auth';
import { CASES_SCHEMA } from '../database.js';
import {
  CASE_KIND_LABELS,
  CASE_STATE_LABELS,
  CHANNEL_LABELS,
  CaseAction,
  CaseState,
  acceptRefusal,
  actingOfficeRefusal,
  actionsAllowedNow,
  caseOffices,
  isHandledBelow,
  repeatScore,
  reportUpRefusal,
  type CaseKind,
  type Channel,
} from './domain/index.js';
import { snapshotOf } from './case.store.js';
import { openStage, runningClocks, type RunningClock } from '../clocks/domain/index.js';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import type { CaseEntity, CaseOpinionEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './entities/index.js';
import { CaseListsStore, NO_DEADLINE, type CaseSelection, type UnitRow } from './case-lists.store.js';
import { DirectoryStore } from '../directory/directory.store.js';
import { ClockStore } from '../clocks/clock.store.js';
import {
  CaseCountBasis,
  CaseGrouping,
  CaseOrderField,
  OrderDirection,
  type CaseFilter,
  type CaseOrder,
  type PeriodInput,
  type RepeatCandidatesInput,
} from './dto/case-filter.input.js';
import { petitionerCipherContext } from './registration.service.js';

const DEFAULT_ORDER = { field: CaseOrderField.REGISTERED_AT, direction: OrderDirection.DESC } as const;

/** Each order's cursor: the part that checks its sort key, and the key's value on a row. */
const CASE_SORT_KEYS: Readonly<Record<CaseOrderField, { part: CursorPart; keyOf: (c: CaseEntity) => string }>> = {
  [CaseOrderField.REGISTERED_AT]: { part: 'timestamp', keyOf: (c) => c.registeredAt.toISOString() },
  [CaseOrderField.DEADLINE]: { part: 'date', keyOf: (c) => c.deadline ?? NO_DEADLINE },
  [CaseOrderField.NUMBER]: { part: 'text', keyOf: (c) => c.number },
};

export interface Page {
  first: number;
  after?: string;
}

/** Roles that may see a petitioner's full ID number and phone (each reading audited). */
export const UNMASKING_ROLES: ReadonlySet<Role> = new Set([Role.REGISTRAR, Role.HANDLER]);

export interface CaseCountRow {
  key: string;
  label: string;
  batches: number;
  personTimes: number;
  reviews: number;
  reviewsUpheld: number;
  reviewsChanged: number;
  reviewsRevoked: number;
  reexaminations: number;
  reexaminationsUpheld: number;
  reexaminationsChanged: number;
  reexaminationsRevoked: number;
}

export interface CaseBacklogRow {
  asOf: string;
  open: number;
  personTimes: number;
  overdue: number;
  longPending: number;
}

/** A statistics period's days, refused when reversed; counting by problem jurisdiction is refused to a unit's staff. */
function statisticsPeriod(ctx: TenantContext, period: PeriodInput, basis: CaseCountBasis): { from: IsoDate; to: IsoDate } {
  const from = isoDate(period.from);
  const to = isoDate(period.to);
  if (from > to) throw validation(`统计期间的起始日期 ${from} 晚于截止日期 ${to}`);
  if (basis === CaseCountBasis.PROBLEM_JURISDICTION && scopeUnitOf(ctx)) {
    throw forbidden('本单位人员只能查看本单位办理的事项，不能按问题属地统计');
  }
  return { from, to };
}

/** An office as a case names it, with its names from the root (`path`) and its parent (for the acting-office rules). */
export interface OfficeRow {
  id: string;
  code: string;
  name: string;
  level: TenantLevel;
  parentId: string | null;
  path: string[];
}

export interface RepeatCandidateRow {
  kase: CaseEntity;
  sameIdNumber: boolean;
  samePhone: boolean;
  textSimilarity: number;
  score: number;
  finalized: boolean;
  handledBelow: boolean;
}

/** Reads of cases: one case, lists, timelines, petitioners, statistics and repeat candidates. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: CaseListsStore,
    private readonly directory: DirectoryStore,
    private readonly clockStore: ClockStore,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    private readonly calendars: TenantCalendars,
  ) {}

  casesByIds(ctx: TenantContext, ids: readonly string[]): Promise<CaseEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.casesByIds(em, ids));
  }

  async case(ctx: TenantContext, id: string): Promise<CaseEntity> {
    const [kase] = await this.casesByIds(ctx, [id]);
    if (!kase) throw notFound('信访事项');
    return kase;
  }

  /**
   * A page of the caller's cases in `order`; without one, by deadline when asking for what is due,
   * else newest first. Each filter maps to an indexed column, and each order to an index walked
   * in list order. The cursor names its order, so a cursor of another order is refused.
   */
  cases(ctx: TenantContext, filter: CaseFilter, page: Page, order?: CaseOrder): Promise<Connection<CaseEntity>> {
    const byDeadline = filter.overdue === true || filter.dueWithinDays !== undefined;
    const { field, direction } = order?.field
      ? { field: order.field, direction: order.direction ?? OrderDirection.ASC }
      : byDeadline
        ? { field: CaseOrderField.DEADLINE, direction: OrderDirection.ASC }
        : DEFAULT_ORDER;
    const sort = CASE_SORT_KEYS[field];
    const tag = `${field}.${direction}`;
    const tagged = decodeCursor(page.after, ['text', 'text', 'uuid']);
    if (tagged && tagged[0] !== tag) throw invalidField('after', '分页游标与排序不一致，请从第一页重新查询');
    const after = decodeCursor(page.after, ['text', sort.part, 'uuid']);
    // Only the default order, without text search, walks an index in list order (see `pagePlan`).
    const walk = field === DEFAULT_ORDER.field && direction === DEFAULT_ORDER.direction && !byDeadline && filter.text === undefined;
    return this.transactions.run(
      ctx,
      async (em) => {
        const selection = await this.selectionOf(em, ctx, filter);
        const rows = await this.store.page(em, selection, { field, direction }, page.first + 1, after ? [after[1], after[2]] : null);
        const connection = toConnection(rows, page.first, (c) => [tag, sort.keyOf(c), c.id]);
        return withTotalCount(connection, () => this.countCases(ctx, filter));
      },
      this.store.pagePlan(walk),
    );
  }

  /** How many cases the caller sees under `filter`: the page's filter under the page's row-level security. */
  countCases(ctx: TenantContext, filter: CaseFilter): Promise<number> {
    return this.transactions.run(ctx, async (em) => this.store.count(em, await this.selectionOf(em, ctx, filter)));
  }

  /** The filter checked and resolved, in the order its refusals are given. */
  private async selectionOf(em: EntityManager, ctx: TenantContext, filter: CaseFilter): Promise<CaseSelection> {
    const today = this.clock.today();
    if (filter.registeredByMe && !ctx.userId) throw forbidden('只有登录用户才能查看本人登记的事项');
    if (filter.ownedByMe && !ctx.userId) throw forbidden('只有登录用户才能查看本人包案的事项');
    let problemJurisdictionPath: string | undefined;
    if (filter.problemJurisdictionId) {
      const path = await this.store.tenantPath(em, filter.problemJurisdictionId);
      if (!path) throw validation('问题属地不在本辖区内');
      problemJurisdictionPath = path;
    }
    const dueBy = filter.dueWithinDays !== undefined ? plusDays(today, filter.dueWithinDays) : undefined;
    const registeredFrom = filter.registeredFrom ? isoDate(filter.registeredFrom) : undefined;
    const registeredTo = filter.registeredTo ? isoDate(filter.registeredTo) : undefined;
    let text: string | undefined;
    if (filter.text !== undefined) {
      text = filter.text.trim();
      if (text.length < 2) throw validation('检索文字至少 2 个字');
    }
    return {
      // Row-level security already confines a unit user to the unit; saying so lets the planner use the unit's index.
      scopeUnitId: scopeUnitOf(ctx),
      states: filter.states,
      channels: filter.channels,
      kinds: filter.kinds,
      categoryIds: filter.categoryIds,
      handlingTenantId: filter.handlingTenantId,
      handlingUnitId: filter.handlingUnitId,
      leaderOwnerId: filter.leaderOwnerId,
      receptionId: filter.receptionId,
      registeredBy: filter.registeredByMe ? ctx.userId! : undefined,
      ownedBy: filter.ownedByMe ? ctx.userId! : undefined,
      problemJurisdictionPath,
      today,
      overdue: filter.overdue,
      dueBy,
      registeredFrom,
      registeredTo,
      text,
      petitionerHashes: this.petitionerHashes(filter),
    };
  }

  private petitionerHashes(filter: CaseFilter): string[] {
    const hashes: string[] = [];
    if (filter.petitionerIdNumber) {
      const parsed = parseResidentId(filter.petitionerIdNumber);
      if (!parsed.ok) throw validation('信访人公民身份号码不正确');
      hashes.push(this.cipher.blindIndex(parsed.value));
    }
    if (filter.petitionerPhone) {
      const parsed = parsePhone(filter.petitionerPhone);
      if (!parsed.ok) throw validation('信访人联系电话不正确');
      hashes.push(this.cipher.blindIndex(parsed.value));
    }
    return hashes;
  }

  petitionersOf(ctx: TenantContext, caseIds: readonly string[]): Promise<PetitionerEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.petitionersOf(em, caseIds));
  }

  /** One petitioner's full ID number or phone; refused to roles that do not need it, and each reading audited. */
  revealPetitioner(ctx: TenantContext, petitioner: PetitionerEntity, field: 'idNumber' | 'phone'): Promise<string | null> {
    if (!ctx.roles.some((role) => UNMASKING_ROLES.has(role))) throw forbidden('只有登记、办理人员可以查看完整的身份证号码和电话');
    const cipher = field === 'idNumber' ? petitioner.idNumberCipher : petitioner.phoneCipher;
    if (!cipher) return Promise.resolve(null);
    return this.transactions.run(ctx, async (em) => {
      await audit(em, CASES_SCHEMA, {
        action: 'petitioner.revealed',
        entity: 'petitioner',
        entityId: petitioner.id,
        after: { caseId: petitioner.caseId, field },
      });
      return this.cipher.decrypt(cipher, petitionerCipherContext(petitioner.id, field));
    });
  }

  timelinesOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseTransitionEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.timelinesOf(em, caseIds));
  }

  stagesOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseStageEntity[]> {
    return this.transactions.run(ctx, (em) => this.clockStore.stagesOfCases(em, caseIds));
  }

  /**
   * Batches, person-times and review results of the cases registered in a period, grouped, on a
   * named basis: what the caller's subtree holds (under its row-level security), or the cases
   * whose problem lies in its subtree as the assessment counts them (aggregates only, from a
   * function of the database). `jurisdictionId` narrows either to a jurisdiction below the caller
   * (what its offices hold, or what arose in it). `CHILD_JURISDICTION` groups by the direct child of
   * the counted jurisdiction the problem is in.
   */
  statistics(ctx: TenantContext, period: PeriodInput, groupBy: CaseGrouping, basis: CaseCountBasis, jurisdictionId?: string | null): Promise<CaseCountRow[]> {
    const { from, to } = statisticsPeriod(ctx, period, basis);
    return this.transactions.run(ctx, async (em) => {
      const path = jurisdictionId ? (await this.jurisdiction(em, jurisdictionId)).path : null;
      const rows = await this.store.caseCounts(em, basis, from, to, groupBy, path);
      const labels = await this.labelsFor(
        em,
        groupBy,
        rows.map((r) => r.key),
      );
      return rows.map((r) => ({
        key: r.key,
        label: labels.get(r.key) ?? r.key,
        batches: Number(r.batches),
        personTimes: Number(r.person_times),
        reviews: Number(r.reviews),
        reviewsUpheld: Number(r.reviews_upheld),
        reviewsChanged: Number(r.reviews_changed),
        reviewsRevoked: Number(r.reviews_revoked),
        reexaminations: Number(r.reexaminations),
        reexaminationsUpheld: Number(r.reexaminations_upheld),
        reexaminationsChanged: Number(r.reexaminations_changed),
        reexaminationsRevoked: Number(r.reexaminations_revoked),
      }));
    });
  }

  /** The backlog (积存) at the end of a period, on the same bases and jurisdictions as `statistics`. */
  backlog(ctx: TenantContext, period: PeriodInput, basis: CaseCountBasis, jurisdictionId?: string | null): Promise<CaseBacklogRow> {
    const { to } = statisticsPeriod(ctx, period, basis);
    return this.transactions.run(ctx, async (em) => {
      const path = jurisdictionId ? (await this.jurisdiction(em, jurisdictionId)).path : null;
      // No row when the problem-jurisdiction function refuses the caller: nothing counted.
      const row = await this.store.backlog(em, basis, to, path);
      return {
        asOf: to,
        open: Number(row?.open ?? 0),
        personTimes: Number(row?.person_times ?? 0),
        overdue: Number(row?.overdue ?? 0),
        longPending: Number(row?.long_pending ?? 0),
      };
    });
  }

  /** The opinions of cases in the order issued, each marked whether it is the one in force. */
  opinionsOf(ctx: TenantContext, caseIds: readonly string[]): Promise<(CaseOpinionEntity & { inForce: boolean })[]> {
    return this.transactions.run(ctx, async (em) => {
      const opinions = await this.store.opinionsOf(em, caseIds);
      // A send-back withdraws the opinion in force: the case then has no outcome until decided again.
      const withOutcome = new Set(await this.store.decidedCaseIds(em, caseIds));
      const latest = new Map<string, number>();
      for (const o of opinions) latest.set(o.caseId, Math.max(latest.get(o.caseId) ?? 0, o.seq));
      return opinions.map((o) => Object.assign(o, { inForce: withOutcome.has(o.caseId) && latest.get(o.caseId) === o.seq }));
    });
  }

  /** The name of a jurisdiction in the caller's subtree, the caller's own by default. */
  jurisdictionName(ctx: TenantContext, tenantId: string | null): Promise<string> {
    return this.transactions.run(ctx, async (em) => (await this.jurisdiction(em, tenantId ?? ctx.tenantId)).name);
  }

  /** A jurisdiction in the caller's subtree (the caller's own included). */
  private async jurisdiction(em: EntityManager, tenantId: string): Promise<{ path: string; name: string }> {
    const jurisdiction = await this.store.jurisdiction(em, tenantId);
    if (!jurisdiction) throw notFound('辖区');
    return jurisdiction;
  }

  private async labelsFor(em: EntityManager, groupBy: CaseGrouping, keys: string[]): Promise<Map<string, string>> {
    switch (groupBy) {
      case CaseGrouping.MONTH:
        return new Map(keys.map((k) => [k, `${k.slice(0, 4)}年${Number(k.slice(5))}月`]));
      case CaseGrouping.CHANNEL:
        return new Map(keys.map((k) => [k, CHANNEL_LABELS[k as Channel]]));
      case CaseGrouping.KIND:
        return new Map(keys.map((k) => [k, CASE_KIND_LABELS[k as CaseKind]]));
      case CaseGrouping.STATE:
        return new Map(keys.map((k) => [k, CASE_STATE_LABELS[k as CaseState]]));
      case CaseGrouping.CATEGORY: {
        return new Map((await this.store.categoryNames(em, keys)).map((r) => [r.id, r.name]));
      }
      case CaseGrouping.CHILD_JURISDICTION: {
        return new Map((await this.store.tenantNamesByPath(em, keys)).map((r) => [r.path, r.name]));
      }
    }
  }

  /**
   * Cases in the caller's subtree that may be the same matter: same petitioner (keyed hashes of the
   * ID number and phone) or similar wording (trigram similarity), ranked by `repeatScore`.
   */
  repeatCandidates(ctx: TenantContext, input: RepeatCandidatesInput, limit = 10): Promise<RepeatCandidateRow[]> {
    const idHashes = input.idNumbers
      .map((value) => parseResidentId(value))
      .filter((p) => p.ok)
      .map((p) => this.cipher.blindIndex(p.value));
    const phoneHashes = input.phones
      .map((value) => parsePhone(value))
      .filter((p) => p.ok)
      .map((p) => this.cipher.blindIndex(p.value));
    const text = `${input.title} ${input.content.slice(0, 1000)}`.trim();
    if (!idHashes.length && !phoneHashes.length && text.length < 4) throw validation('请至少提供信访人身份证号码、电话或信访内容之一');
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.repeatMatches(em, idHashes, phoneHashes, text);
      const ranked = rows
        .map((r) => ({ id: r.id, sameIdNumber: r.same_id, samePhone: r.same_phone, textSimilarity: Number(r.similarity) }))
        .map((r) => ({ ...r, score: repeatScore(r) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit);
      const cases = await this.store.casesByIds(
        em,
        ranked.map((r) => r.id),
      );
      const byId = new Map(cases.map((c) => [c.id, c]));
      const today = this.clock.today();
      return ranked.map((r) => {
        const kase = byId.get(r.id)!;
        return { ...r, kase, finalized: kase.state === CaseState.FINALIZED, handledBelow: isHandledBelow(kase, ctx.tenantPath, today) };
      });
    });
  }

  /**
   * Offices by id with their names from the root, for the names shown beside a case's ids. Only
   * offices in the caller's lineage (its subtree and the offices above it) are returned: offices'
   * names are not secret, and a case the caller sees names offices of that lineage; any other id
   * reads as missing. One statement for a whole page, walking up through the lineage function.
   */
  officesByIds(ctx: TenantContext, ids: readonly string[]): Promise<OfficeRow[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.officeChains(em, [...new Set(ids)]);
      const offices: OfficeRow[] = [];
      for (const [start, chain] of groupBy(rows, (row) => row.start)) {
        const self = chain.find((row) => row.depth === 0)!;
        // Rows come root first: the names from the province down to the office itself.
        offices.push({ id: start, code: self.code, name: self.name, level: self.level, parentId: self.parent_id, path: chain.map((row) => row.name) });
      }
      return offices;
    });
  }

  /** Units by id, as row-level security shows them (the caller's subtree). */
  unitsByIds(ctx: TenantContext, ids: readonly string[]): Promise<UnitRow[]> {
    return this.transactions.run(ctx, (em) => this.store.units(em, [...new Set(ids)]));
  }

  /** The cases registered as repeats of each of `caseIds`, oldest first, as row-level security shows them. */
  repeatsOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.repeatsOf(em, [...new Set(caseIds)]));
  }

  /**
   * Who may approve extending the case's handling period: the active leaders of its handling
   * office, the same rule `extendCase` checks.
   */
  async extensionApprovers(ctx: TenantContext, caseId: string): Promise<{ id: string; name: string }[]> {
    const kase = await this.case(ctx, caseId);
    const leaders = await this.transactions.run(ctx, (em) => this.directory.leaders(em, kase.handlingTenantId));
    return leaders.map((leader) => ({ id: leader.id, name: leader.displayName }));
  }

  /** Staff names by id, as row-level security shows them (the caller's subtree). */
  staffByIds(ctx: TenantContext, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return this.transactions.run(ctx, (em) => this.store.staff(em, [...new Set(ids)]));
  }

  /** The reminder leads of the offices owning clocks, by office id (offices outside the caller's lineage are missing). */
  reminderLeadDaysOf(ctx: TenantContext, ownerTenantIds: readonly string[]): Promise<Map<string, number[]>> {
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.clockStore.lineagePaths(em, [...new Set(ownerTenantIds)]);
      const calendars = await this.calendars.forTenantPaths(
        em,
        rows.map((r) => r.path),
      );
      return new Map(rows.map((r) => [r.id, calendars.get(r.path)!.reminderLeadDays]));
    });
  }

  /** The clocks a case has running now, with the days left on each (see `runningClock`). */
  runningClocks(stages: readonly CaseStageEntity[], leads: ReadonlyMap<string, readonly number[]>): RunningClock[] {
    return runningClocks(stages, this.clock.today(), (owner) => leads.get(owner) ?? []);
  }

  /**
   * The steps the caller's office may take on a case now, by the rules its mutations enforce: the
   * lifecycle table and the preconditions of its guards (`actionsAllowedNow`), the acting office of
   * each step, and the rules a step reads from the case (accepting a matter handled below, reporting
   * up from the top). Roles are the resolver's part: they are declared on the mutations.
   */
  availableActions(ctx: TenantContext, kase: CaseEntity, stages: readonly CaseStageEntity[], offices: ReadonlyMap<string, OfficeRow>): CaseAction[] {
    const parentOf = (id: string) => offices.get(id)?.parentId;
    const acting = caseOffices(kase, parentOf);
    const refusals: Partial<Record<CaseAction, () => string | null>> = {
      [CaseAction.ACCEPT]: () => acceptRefusal(kase),
      [CaseAction.REPORT_UP]: () => reportUpRefusal(parentOf(kase.handlingTenantId) ?? null),
    };
    return actionsAllowedNow(snapshotOf(kase), this.clock.today(), (stage) => openStage(stages, stage)?.deadline)
      .filter((action) => actingOfficeRefusal(action, kase.state, acting, ctx.tenantId) === null)
      .filter((action) => (refusals[action]?.() ?? null) === null);
  }
}
