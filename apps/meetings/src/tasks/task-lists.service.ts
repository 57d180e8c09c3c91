import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { conflict, notFound, validation } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { ownUnits } from '../conferences/own-units.js';
import { MEETINGS_SCHEMA } from '../database.js';
import { STANDING_LISTS, TaskListKind, isStandingList } from './domain/index.js';
import type { CreateTaskListInput, UpdateTaskListInput } from './dto/task.inputs.js';
import type { TaskList } from './dto/task.types.js';

const LIST_COLUMNS = `id, tenant_id AS "tenantId", conference_id AS "conferenceId", kind, name, goal, owner_name AS "ownerName",
  owner_unit_id AS "ownerUnitId", period_from::text AS "periodFrom", period_to::text AS "periodTo", version`;

/**
 * The three standing lists of a conference just established, led by its office. Called in the
 * establishing transaction, so a conference never exists without them.
 */
export async function seedStandingLists(em: EntityManager, ctx: TenantContext, conferenceId: string, officeName: string, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO ${MEETINGS_SCHEMA}.task_lists (tenant_id, id, tenant_path, conference_id, kind, name, owner_name, created_at, updated_at)
     SELECT $1, l.id, $2, $3, l.kind, l.name, $4, $5, $5 FROM unnest($6::uuid[], $7::text[], $8::text[]) l (id, kind, name)`,
    [
      ctx.tenantId,
      ctx.tenantPath,
      conferenceId,
      officeName,
      at,
      STANDING_LISTS.map(() => randomUUID()),
      STANDING_LISTS.map((l) => l.kind),
      STANDING_LISTS.map((l) => l.name),
    ],
  );
}

/** 任务清单: the standing three, and the campaigns and ad-hoc lists an office adds. */
@Injectable()
export class TaskListsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clock: Clock,
  ) {}

  /** The lists of a tenant's conference (the caller's own by default), standing lists first. */
  list(ctx: TenantContext, tenantId: string | null | undefined): Promise<TaskList[]> {
    return this.transactions.run(ctx, (em) =>
      em.query(
        `SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE tenant_id = $1
          ORDER BY array_position($2::text[], kind), created_at, name`,
        [tenantId ?? ctx.tenantId, Object.values(TaskListKind)],
      ),
    );
  }

  byIds(ctx: TenantContext, ids: readonly string[]): Promise<(TaskList | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows: TaskList[] = await em.query(`SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE id = ANY($1::uuid[])`, [[...ids]]);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
  }

  create(ctx: TenantContext, input: CreateTaskListInput): Promise<TaskList> {
    return this.transactions.run(ctx, async (em) => {
      if (isStandingList(input.kind)) throw validation('三项清单随联席会议成立自动建立，不能另建', { kind: input.kind });
      const [conference]: { id: string; officeUnitName: string }[] = await em.query(
        `SELECT id, office_unit_name AS "officeUnitName" FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = $1`,
        [ctx.tenantId],
      );
      if (!conference) throw validation('本机构尚未成立联席会议，不能建立任务清单');
      this.checkPeriod(input.periodFrom, input.periodTo);
      const owner = input.ownerUnitId ? (await ownUnits(em, ctx, [input.ownerUnitId], '牵头单位')).get(input.ownerUnitId)! : { id: null, name: conference.officeUnitName };
      const id = randomUUID();
      const now = this.clock.now();
      const inserted: unknown[] = await em.query(
        `INSERT INTO ${MEETINGS_SCHEMA}.task_lists
           (tenant_id, id, tenant_path, conference_id, kind, name, goal, owner_name, owner_unit_id, period_from, period_to, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
         ON CONFLICT (conference_id, name) DO NOTHING RETURNING id`,
        [ctx.tenantId, id, ctx.tenantPath, conference.id, input.kind, input.name.trim(), input.goal?.trim() || null, owner.name, owner.id,
          input.periodFrom ?? null, input.periodTo ?? null, now],
      );
      if (inserted.length === 0) throw conflict(`已有名为「${input.name.trim()}」的任务清单`);
      const [list] = await this.byIdsIn(em, [id]);
      await audit(em, MEETINGS_SCHEMA, { action: 'task_list.create', entity: 'task_list', entityId: id, after: list });
      return list!;
    });
  }

  update(ctx: TenantContext, input: UpdateTaskListInput): Promise<TaskList> {
    return this.transactions.run(ctx, async (em) => {
      const [before]: TaskList[] = await em.query(
        `SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
        [ctx.tenantId, input.id],
      );
      if (!before) throw notFound('任务清单');
      if (before.version !== input.version) throw conflict(`任务清单已被他人修改（当前版本 ${before.version}，提交的版本 ${input.version}），请刷新后重试`);
      const name = input.name?.trim() || before.name;
      if (name !== before.name && isStandingList(before.kind)) throw validation('三项清单不能改名');
      const periodFrom = input.periodFrom === undefined ? before.periodFrom : input.periodFrom;
      const periodTo = input.periodTo === undefined ? before.periodTo : input.periodTo;
      this.checkPeriod(periodFrom, periodTo);
      const owner = input.ownerUnitId ? (await ownUnits(em, ctx, [input.ownerUnitId], '牵头单位')).get(input.ownerUnitId)! : { id: before.ownerUnitId, name: before.ownerName };
      const goal = input.goal === undefined ? before.goal : input.goal?.trim() || null;
      const taken: unknown[] = await em.query(
        `SELECT 1 FROM ${MEETINGS_SCHEMA}.task_lists WHERE conference_id = $1 AND name = $2 AND id <> $3`,
        [before.conferenceId, name, before.id],
      );
      if (taken.length) throw conflict(`已有名为「${name}」的任务清单`);
      await em.query(
        `UPDATE ${MEETINGS_SCHEMA}.task_lists SET name = $3, goal = $4, owner_name = $5, owner_unit_id = $6, period_from = $7, period_to = $8,
                updated_at = $9, version = version + 1
          WHERE tenant_id = $1 AND id = $2`,
        [ctx.tenantId, before.id, name, goal, owner.name, owner.id, periodFrom, periodTo, this.clock.now()],
      );
      // Its tasks carry the list's name for the tenants below, which cannot read the list: renamed with it.
      await em.query(`UPDATE ${MEETINGS_SCHEMA}.tasks SET list_name = $2 WHERE list_id = $1 AND list_name <> $2`, [before.id, name]);
      const [after] = await this.byIdsIn(em, [before.id]);
      await audit(em, MEETINGS_SCHEMA, { action: 'task_list.update', entity: 'task_list', entityId: before.id, before, after });
      return after!;
    });
  }

  private byIdsIn(em: EntityManager, ids: string[]): Promise<TaskList[]> {
    return em.query(`SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private checkPeriod(from: string | null | undefined, to: string | null | undefined): void {
    if (from) isoDate(from);
    if (to) isoDate(to);
    if (from && to && to < from) throw validation('清单的截止日期不能早于起始日期', { periodFrom: from, periodTo: to });
  }
}
