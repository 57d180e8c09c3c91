import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { conflict, notFound, validation } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { ConferenceStore } from '../conferences/conference.store.js';
import { ownUnits } from '../conferences/domain/own-directory.js';
import { MEETINGS_SCHEMA } from '../database.js';
import { isStandingList } from './domain/index.js';
import { TaskListStore } from './task-list.store.js';
import type { CreateTaskListInput, UpdateTaskListInput } from './dto/task.inputs.js';
import type { TaskList } from './dto/task.types.js';

/** 任务清单: the standing three, and the campaigns and ad-hoc lists an office adds. */
@Injectable()
export class TaskListsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: TaskListStore,
    private readonly conferences: ConferenceStore,
    private readonly clock: Clock,
  ) {}

  create(ctx: TenantContext, input: CreateTaskListInput): Promise<TaskList> {
    return this.transactions.run(ctx, async (em) => {
      if (isStandingList(input.kind)) throw validation('三项清单随联席会议成立自动建立，不能另建', { kind: input.kind });
      const conference = await this.conferences.ofTenant(em, ctx.tenantId);
      if (!conference) throw validation('本机构尚未成立联席会议，不能建立任务清单');
      this.checkPeriod(input.periodFrom, input.periodTo);
      const owner = input.ownerUnitId ? await this.ownerUnit(em, ctx, input.ownerUnitId) : { id: null, name: conference.officeUnitName };
      const id = randomUUID();
      const now = this.clock.now();
      const inserted = await this.store.insert(
        em,
        ctx,
        {
          id,
          conferenceId: conference.id,
          kind: input.kind,
          name: input.name.trim(),
          goal: input.goal?.trim() || null,
          ownerName: owner.name,
          ownerUnitId: owner.id,
          periodFrom: input.periodFrom ?? null,
          periodTo: input.periodTo ?? null,
        },
        now,
      );
      if (!inserted) throw conflict(`已有名为「${input.name.trim()}」的任务清单`);
      const [list] = await this.store.byIds(em, [id]);
      await audit(em, MEETINGS_SCHEMA, { action: 'task_list.create', entity: 'task_list', entityId: id, after: list });
      return list!;
    });
  }

  update(ctx: TenantContext, input: UpdateTaskListInput): Promise<TaskList> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.ownLocked(em, ctx.tenantId, input.id);
      if (!before) throw notFound('任务清单');
      if (before.version !== input.version) throw conflict(`任务清单已被他人修改（当前版本 ${before.version}，提交的版本 ${input.version}），请刷新后重试`);
      const name = input.name?.trim() || before.name;
      if (name !== before.name && isStandingList(before.kind)) throw validation('三项清单不能改名');
      const periodFrom = input.periodFrom === undefined ? before.periodFrom : input.periodFrom;
      const periodTo = input.periodTo === undefined ? before.periodTo : input.periodTo;
      this.checkPeriod(periodFrom, periodTo);
      const owner = input.ownerUnitId ? await this.ownerUnit(em, ctx, input.ownerUnitId) : { id: before.ownerUnitId, name: before.ownerName };
      const goal = input.goal === undefined ? before.goal : input.goal?.trim() || null;
      if (await this.store.nameTaken(em, before.conferenceId, name, before.id)) throw conflict(`已有名为「${name}」的任务清单`);
      await this.store.update(
        em,
        ctx.tenantId,
        before.id,
        { name, goal, ownerName: owner.name, ownerUnitId: owner.id, periodFrom: periodFrom ?? null, periodTo: periodTo ?? null },
        this.clock.now(),
      );
      const [after] = await this.store.byIds(em, [before.id]);
      await audit(em, MEETINGS_SCHEMA, { action: 'task_list.update', entity: 'task_list', entityId: before.id, before, after });
      return after!;
    });
  }

  private async ownerUnit(em: EntityManager, ctx: TenantContext, unitId: string): Promise<{ id: string; name: string }> {
    return ownUnits(await this.conferences.units(em, [unitId]), ctx, [unitId], '牵头单位').get(unitId)!;
  }

  private checkPeriod(from: string | null | undefined, to: string | null | undefined): void {
    if (from) isoDate(from);
    if (to) isoDate(to);
    if (from && to && to < from) throw validation('清单的截止日期不能早于起始日期', { periodFrom: from, periodTo: to });
  }
}
