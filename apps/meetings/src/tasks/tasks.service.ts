import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, addWorkingDays, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { conflict, forbidden, notFound, validation } from '#common/errors';
import { emitEvents, type OutboxEvent } from '#common/events';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { CaseRefsService } from '../case-refs/case-refs.service.js';
import { MEETINGS_SCHEMA } from '../database.js';
import { MeetingStore } from '../conference-meetings/meeting.store.js';
import { ConferenceStore, type CurrentMember } from '../conferences/conference.store.js';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import { DEFAULT_CADENCE, type ReportingCadence, cadencePeriod, clockIdAfter } from './clock/domain/index.js';
import { TaskClocks } from './clock/task-clocks.service.js';
import {
  type ActedTask,
  type AssigningConference,
  AssigneeKind,
  CadenceKind,
  TaskAction,
  type TaskAssignee,
  TaskState,
  cancelledWithParent,
  checkAssignee,
  checkSendBackReason,
  checkSplitAssignee,
  checkTaskDeadline,
  decideTaskAction,
  isConferenceOffice,
  rootTaskState,
  subtaskTerms,
} from './domain/index.js';
import type {
  CreateTaskInput,
  ReportingCadenceInput,
  SplitTaskInput,
  TaskAssigneeInput,
  TaskDeadlineInput,
  TaskReasonInput,
  TaskReportInput,
  TaskStepInput,
} from './dto/task.inputs.js';
import type { Task } from './dto/task.types.js';
import { TaskCalendars } from './clock/task-calendars.service.js';
import { TaskListStore } from './task-list.store.js';
import { type NewTask, TaskStore, type TaskChange, type TaskRow } from './task.store.js';
import { taskTransitionedEvent } from './task-facts.js';
import { assigneeOf, taskView } from './task-view.js';

/** The caller's conference as an assignment needs it. */
interface Roster extends AssigningConference {
  conferenceId: string;
  members: Map<string, CurrentMember>;
  /** Child tenants with a conference, by id: their names. */
  children: Map<string, { name: string; path: string }>;
}

/** A row as deciding on an action needs it, with the rows of its direct subtasks. */
function actedTask(row: TaskRow, children: readonly TaskRow[]): ActedTask {
  return { state: row.state, assigningTenantId: row.assigningTenantId, assignee: assigneeOf(row), subtaskStates: children.map((child) => child.state) };
}

/**
 * 联席会议任务: a task created in a list (from a decision or directly), assigned to member units
 * or cascaded to child conferences, which split it further; received, worked and reported on by
 * the assignees; signed off, sent back or cancelled by the office that assigned it. Each change
 * is one transaction through `TaskStore`, which keeps history, audit, facts and clocks.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: TaskStore,
    private readonly lists: TaskListStore,
    private readonly conferences: ConferenceStore,
    private readonly meetings: MeetingStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly clocks: TaskClocks,
    private readonly calendars: TaskCalendars,
    private readonly caseRefs: CaseRefsService,
    private readonly clock: Clock,
  ) {}

  create(ctx: TenantContext, input: CreateTaskInput): Promise<Task> {
    return this.transactions.run(ctx, async (em) => {
      if (!isConferenceOffice(ctx)) throw forbidden('只有联席会议办公室可以交办任务');
      const today = this.clock.today();
      const list = await this.lists.ownKind(em, ctx.tenantId, input.listId);
      if (!list) throw notFound('任务清单');
      const linkedCaseIds = [...new Set(input.linkedCaseIds)];
      await this.caseRefs.visible(em, linkedCaseIds, { name: 'linkedCaseIds', label: '关联的信访事项（linkedCaseIds）' });
      const roster = await this.roster(em, ctx);
      if (input.decisionId) await this.checkDecision(em, ctx, input.decisionId);
      const deadline = await this.deadline(em, ctx, input.deadline, today);
      checkTaskDeadline(today, deadline);
      const cadence = this.cadence(input.cadence);
      const assignees = this.assignees(roster, input.assignees);
      const number = await this.store.rootNumber(em, today);
      const common = {
        list,
        assigningTenantId: ctx.tenantId,
        assigningTenantPath: ctx.tenantPath,
        decisionId: input.decisionId ?? null,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        requiredOutcome: input.requiredOutcome?.trim() || null,
        priority: input.priority,
        deadline,
        listed: input.listed,
        linkedCaseIds,
        cadence,
      };
      const [root] = await this.insertTasks(em, ctx, [
        { ...common, tenantId: ctx.tenantId, tenantPath: ctx.tenantPath, rootId: null, parentId: null, number, assignee: null },
      ]);
      await this.insertTasks(
        em,
        ctx,
        assignees.map((assignee, i) => ({
          ...common,
          ...this.rowTenant(ctx, roster, assignee),
          rootId: root!.id,
          parentId: root!.id,
          number: `${number}-${i + 1}`,
          assignee,
        })),
      );
      return taskView(root!, today);
    });
  }

  /** The child conference that received a task splits it among its member units. */
  split(ctx: TenantContext, input: SplitTaskInput): Promise<Task[]> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.lockAt(em, input.id, input.version);
      const today = this.clock.today();
      const existing = await this.store.children(em, [before.id]);
      const state = decideTaskAction(actedTask(before, existing), ctx, TaskAction.SPLIT);
      const roster = await this.roster(em, ctx);
      const subtasks: NewTask[] = [];
      for (const [i, sub] of input.subtasks.entries()) {
        const assignee = this.member(roster, sub.memberId);
        checkSplitAssignee(roster, assignee);
        const deadline = sub.deadline ? await this.deadline(em, ctx, sub.deadline, today) : before.deadline;
        const terms = subtaskTerms(before, { deadline, listed: sub.listed }, today);
        subtasks.push({
          tenantId: ctx.tenantId,
          tenantPath: ctx.tenantPath,
          rootId: before.rootId,
          parentId: before.id,
          number: `${before.number}-${existing.length + i + 1}`,
          list: { id: before.listId, name: before.listName, kind: before.listKind },
          assigningTenantId: ctx.tenantId,
          assigningTenantPath: ctx.tenantPath,
          assignee,
          decisionId: before.decisionId,
          title: sub.title?.trim() || before.title,
          description: sub.description?.trim() || before.description,
          requiredOutcome: before.requiredOutcome,
          priority: before.priority,
          deadline: terms.deadline,
          listed: terms.listed,
          linkedCaseIds: before.linkedCaseIds,
          cadence: { kind: before.cadenceKind, days: before.cadenceDays },
        });
      }
      const liveMembers = existing.filter((row) => row.state !== TaskState.CANCELLED).map((row) => row.assigneeMemberId);
      const members = [...liveMembers, ...subtasks.map((s) => (s.assignee as { memberId: string }).memberId)];
      if (new Set(members).size !== members.length) throw validation('同一成员单位不能重复分解同一任务');
      // Recorded even when already in progress: the split is in the history, and the version moves.
      await this.transition(em, ctx, [{ before, change: { action: TaskAction.SPLIT, to: state } }]);
      return (await this.insertTasks(em, ctx, subtasks)).map((row) => taskView(row, today));
    });
  }

  receive(ctx: TenantContext, input: TaskStepInput): Promise<Task> {
    return this.step(ctx, input, TaskAction.RECEIVE, () => ({}));
  }

  start(ctx: TenantContext, input: TaskStepInput): Promise<Task> {
    return this.step(ctx, input, TaskAction.START, () => ({}));
  }

  /** A progress report, or (final) the report that the task is done (报结). */
  report(ctx: TenantContext, input: TaskReportInput): Promise<Task> {
    const action = input.final ? TaskAction.REPORT_DONE : TaskAction.REPORT_PROGRESS;
    return this.step(ctx, input, action, async (em, before, today) => {
      if (input.final && input.percent !== 100) throw validation('报结时完成进度应为 100%', { percent: input.percent });
      await this.store.insertReport(
        em,
        ctx,
        before,
        { reportedOn: today, text: input.text.trim(), percent: input.percent, evidence: input.evidence, final: input.final },
        this.clock.now(),
      );
      return input.final ? { reportedDoneOn: today } : {};
    });
  }

  signOff(ctx: TenantContext, input: TaskStepInput): Promise<Task> {
    return this.step(ctx, input, TaskAction.SIGN_OFF, (_em, _before, today) => ({ closedOn: today }));
  }

  sendBack(ctx: TenantContext, input: TaskReasonInput): Promise<Task> {
    return this.step(ctx, input, TaskAction.SEND_BACK, () => {
      const reason = checkSendBackReason(input.reason);
      // Work resumes: the day it was once reported done no longer stands.
      return { reason, sendBackReason: reason, reportedDoneOn: null };
    });
  }

  /** Withdraws a task, and with it every open task below it (their work is withdrawn too). */
  cancel(ctx: TenantContext, input: TaskReasonInput): Promise<Task> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.lockAt(em, input.id, input.version);
      const today = this.clock.today();
      const to = decideTaskAction(actedTask(before, await this.store.children(em, [before.id])), ctx, TaskAction.CANCEL);
      const reason = input.reason.trim();
      if (!reason) throw validation('撤销任务须说明理由', { field: 'reason' });
      const below = (await this.store.descendants(em, before.id, true)).filter((row) => cancelledWithParent(row.state));
      const change = (action: TaskChange['action']): TaskChange => ({ action, to, reason, cancelReason: reason, closedOn: today });
      const [after] = await this.transition(em, ctx, [
        { before, change: change(TaskAction.CANCEL) },
        ...below.map((row) => ({ before: row, change: change('CASCADE_CANCEL') })),
      ]);
      await this.settleRoot(em, ctx, after!, today);
      return taskView(after!, today);
    });
  }

  /** One transition of an assignment by its assignee or its assigning office. */
  private step(
    ctx: TenantContext,
    input: TaskStepInput,
    action: TaskAction,
    effects: (em: EntityManager, before: TaskRow, today: IsoDate) => Partial<TaskChange> | Promise<Partial<TaskChange>>,
  ): Promise<Task> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.lockAt(em, input.id, input.version);
      const today = this.clock.today();
      const to = decideTaskAction(actedTask(before, await this.store.children(em, [before.id])), ctx, action);
      const [after] = await this.transition(em, ctx, [{ before, change: { action, to, ...(await effects(em, before, today)) } }]);
      await this.settleRoot(em, ctx, after!, today);
      return taskView(after!, today);
    });
  }

  /**
   * A list's own task follows its assignments: once every live one is signed off, it is too. Only
   * the assigning office's changes can settle it, and that office sees the root.
   */
  private async settleRoot(em: EntityManager, ctx: TenantContext, changed: TaskRow, today: IsoDate): Promise<void> {
    if (changed.parentId === null || changed.parentId !== changed.rootId || changed.assigningTenantId !== ctx.tenantId) return;
    const [root] = await this.store.visible(em, [changed.rootId], true);
    if (!root || root.state === TaskState.CANCELLED) return;
    const to = rootTaskState((await this.store.children(em, [root.id])).map((row) => row.state));
    if (to === root.state) return;
    const finished = to === TaskState.SIGNED_OFF ? today : null;
    await this.transition(em, ctx, [{ before: root, change: { action: 'ROOT_DONE', to, closedOn: finished } }]);
  }

  /** Inserts tasks, each assignment with its clock running from now, and records their creation. */
  private async insertTasks(em: EntityManager, ctx: TenantContext, tasks: readonly NewTask[]): Promise<TaskRow[]> {
    const rows = await this.store.insert(
      em,
      tasks.map((task) => ({ ...task, clockId: task.assignee ? randomUUID() : null })),
      this.clock.today(),
      this.clock.now(),
    );
    for (const row of rows) await this.recorded(em, ctx, null, row, { action: 'CREATE', to: TaskState.ASSIGNED });
    return rows;
  }

  /**
   * Moves locked rows to their new states under the versions they were read at (CONFLICT when
   * one changed meanwhile), with what the change sets; returns the rows as they are now.
   */
  private async transition(em: EntityManager, ctx: TenantContext, changes: readonly { before: TaskRow; change: TaskChange }[]): Promise<TaskRow[]> {
    const after: TaskRow[] = [];
    for (const { before, change } of changes) {
      const clockId = clockIdAfter(before, change.to, randomUUID());
      if (!(await this.store.update(em, before, change, clockId, this.clock.now()))) throw conflict('任务已被他人修改，请刷新后重试');
      const [row] = await this.store.visible(em, [before.id]);
      await this.recorded(em, ctx, before, row!, change);
      after.push(row!);
    }
    return after;
  }

  /** History, audit, fact event and clock of one change of a row. */
  private async recorded(em: EntityManager, ctx: TenantContext, before: TaskRow | null, after: TaskRow, change: TaskChange): Promise<void> {
    await this.store.insertHistory(em, ctx, before, after, change, this.clock.now());
    await audit(em, MEETINGS_SCHEMA, {
      action: `task.${change.action.toLowerCase()}`,
      entity: 'task',
      entityId: after.id,
      before: before ?? undefined,
      after,
      tenant: { tenantId: after.tenantId, tenantPath: after.tenantPath },
    });
    const events: OutboxEvent[] = [taskTransitionedEvent(before, after, change.action, this.clock.today())];
    events.push(...(await this.clocks.changed(em, before, after)));
    await emitEvents(em, MEETINGS_SCHEMA, events);
  }

  /** The caller's conference: its current members and the direct children that have a conference. */
  private async roster(em: EntityManager, ctx: TenantContext): Promise<Roster> {
    const conference = await this.conferences.ofTenant(em, ctx.tenantId);
    if (!conference) throw validation('本机构尚未成立联席会议，不能交办任务');
    const members = await this.conferences.currentMembers(em, conference.id);
    const children = await this.jurisdictions.childrenWithConference(em, ctx.tenantId);
    return {
      conferenceId: conference.id,
      tenantId: ctx.tenantId,
      memberIds: new Set(members.map((m) => m.id)),
      childConferenceTenantIds: new Set(children.map((c) => c.tenantId)),
      members: new Map(members.map((m) => [m.id, m])),
      children: new Map(children.map((c) => [c.tenantId, { name: c.name, path: c.path }])),
    };
  }

  private member(roster: Roster, memberId: string): TaskAssignee & { name: string } {
    const member = roster.members.get(memberId);
    if (!member) throw validation('只能交办给本级联席会议的成员单位', { memberId });
    return {
      kind: AssigneeKind.MEMBER_UNIT,
      tenantId: roster.tenantId,
      memberId,
      unitId: member.unitId,
      liaisonUserId: member.liaisonUserId,
      name: member.name,
    };
  }

  private assignees(roster: Roster, input: readonly TaskAssigneeInput[]): (TaskAssignee & { name: string })[] {
    const assignees = input.map((a): TaskAssignee & { name: string } => {
      if (!!a.memberId === !!a.tenantId) throw validation('承办方须给出成员单位或下级机构之一');
      if (a.memberId) return this.member(roster, a.memberId);
      const assignee: TaskAssignee = { kind: AssigneeKind.CONFERENCE, tenantId: a.tenantId! };
      checkAssignee(roster, assignee);
      return { ...assignee, name: `${roster.children.get(a.tenantId!)!.name}联席会议` };
    });
    const keys = assignees.map((a) => (a.kind === AssigneeKind.MEMBER_UNIT ? a.memberId : a.tenantId));
    if (new Set(keys).size !== keys.length) throw validation('承办方不能重复');
    return assignees;
  }

  /** Whose row an assignment is: the child tenant's for a cascaded task, the assigning tenant's for a member unit. */
  private rowTenant(ctx: TenantContext, roster: Roster, assignee: TaskAssignee): { tenantId: string; tenantPath: string } {
    if (assignee.kind === AssigneeKind.MEMBER_UNIT) return { tenantId: ctx.tenantId, tenantPath: ctx.tenantPath };
    return { tenantId: assignee.tenantId, tenantPath: roster.children.get(assignee.tenantId)!.path };
  }

  /** A decision of a meeting the caller's conference held. */
  private async checkDecision(em: EntityManager, ctx: TenantContext, decisionId: string): Promise<void> {
    if (!(await this.meetings.isHeldDecision(em, ctx.tenantId, decisionId))) throw validation('议定事项须为本机构已召开会议的议定事项', { decisionId });
  }

  /** A date as given, or working days from today on the tenant's statutory calendar (see `TaskCalendars`). */
  private async deadline(em: EntityManager, ctx: TenantContext, input: TaskDeadlineInput, today: IsoDate): Promise<IsoDate> {
    if (!!input.date === (input.workingDays !== null && input.workingDays !== undefined)) throw validation('任务时限须给出日期或工作日数之一');
    if (input.date) return isoDate(input.date);
    return addWorkingDays(today, input.workingDays!, (await this.calendars.forTenantPath(em, ctx.tenantPath)).calendar);
  }

  private cadence(input: ReportingCadenceInput | null | undefined): { kind: CadenceKind; days: number | null } {
    const cadence: ReportingCadence =
      !input || input.kind === CadenceKind.WEEKLY ? DEFAULT_CADENCE : { kind: CadenceKind.EVERY_N_DAYS, days: input.days ?? Number.NaN };
    cadencePeriod(cadence);
    return { kind: cadence.kind, days: cadence.kind === CadenceKind.EVERY_N_DAYS ? cadence.days : null };
  }
}
