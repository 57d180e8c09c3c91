import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, compareDates, isoDate, plusDays } from '#common/calendar';
import { Clock } from '#common/clock';
import { deadlinePassed, forbidden, notFound, validation } from '#common/errors';
import { TenantTransactions, isWithin, systemContextFor, type TenantContext } from '#common/tenancy';
import { Role } from '#common/auth';
import { STATUTORY_RULES, isPetitionerWindow, openStage } from '../clocks/domain/index.js';
import { InstrumentsService } from '../instruments/instruments.service.js';
import { CaseStore, snapshotOf, type HandOver, type LockedCase, type RatingLinkTarget } from './case.store.js';
import { MessagesService } from '../messages/messages.service.js';
import {
  CaseAction,
  CaseKind,
  LEGAL_PROCEDURE_REASONS,
  RouteMode,
  type Rating,
  acceptRefusal,
  actingOfficeFor,
  actingOfficeRefusal,
  applyTransition,
  caseOffices,
  findTransition,
  invalidTransition,
  reportUpRefusal,
  type ActionInputs,
} from './domain/index.js';
import type { CaseEntity } from './entities/index.js';
import type {
  CloseCaseInput,
  DecideCaseInput,
  DecideReviewInput,
  DeclineCaseInput,
  ExtendCaseInput,
  RateByTokenInput,
  RateCaseInput,
  ReasonedCaseInput,
  RecordHearingInput,
  RouteCaseInput,
  SendBackCaseInput,
  CaseChangeInput,
} from './dto/case.inputs.js';

/** A delivered case with the rating link's token, which exists in clear only in this response. */
/** The rating link is valid while the petitioner may ask for a review of the reply (calendar days, from delivery). */
const RATING_LINK_DAYS = STATUTORY_RULES.REVIEW_WINDOW.days!;

export type DeliveredCase = CaseEntity & { issuedRatingToken: string };

export function ratingTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

type Extra = { set?: Partial<CaseEntity>; details?: Record<string, unknown>; handOver?: HandOver; ratingToken?: string };

/**
 * Every step of a case after registration. Each one locks the case, checks the version the user
 * saw and that the acting office is the one the step belongs to, lets the pure lifecycle decide
 * (state, guards, clocks), and writes through `CaseStore`.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: CaseStore,
    private readonly clock: Clock,
    private readonly instruments: InstrumentsService,
    private readonly messages: MessagesService,
  ) {}

  route(ctx: TenantContext, input: RouteCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.ROUTE, async (em, { kase }, today) => {
      const target = await this.store.tenant(em, input.tenantId);
      const holder = await this.store.tenant(em, kase.handlingTenantId);
      if (!target || !holder || !isWithin(target.path, holder.path)) {
        throw validation('转送交办的目标机构应为本机构或本辖区内的下级机构');
      }
      if (target.id === holder.id && !input.unitId) throw validation('转送交办给本机构时须指定承办单位');
      const unit = input.unitId ? await this.store.unit(em, input.unitId, target.id) : null;
      if (input.unitId && !unit) throw validation('承办单位不属于目标机构');
      if (kase.kind === CaseKind.ACCUSATION && unit && unit.id === kase.accusedUnitId) {
        throw validation('检举控告事项不得转送交办给被检举控告的单位');
      }
      const assign = input.mode === RouteMode.ASSIGN;
      return {
        input: { mode: input.mode, ...(input.completionReportDue ? { completionReportDue: isoDate(input.completionReportDue) } : {}) },
        extra: {
          set: {
            tenantPath: target.path,
            handlingTenantId: target.id,
            handlingUnitId: unit?.id ?? null,
            routingTenantId: holder.id,
            chainTenantIds: kase.chainTenantIds.includes(target.id) ? kase.chainTenantIds : [...kase.chainTenantIds, target.id],
            ...(assign ? { assigningTenantId: holder.id, completionReportDue: isoDate(input.completionReportDue!) } : {}),
          },
          details: {
            mode: input.mode,
            tenantId: target.id,
            tenantName: target.name,
            unitId: unit?.id ?? null,
            unitName: unit?.name ?? null,
            completionReportDue: input.completionReportDue ?? null,
            today,
          },
        },
      };
    });
  }

  /** 异议退回: the case goes back to the office that routed it. */
  object(ctx: TenantContext, input: ReasonedCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.OBJECT, async (em, { kase, stages }) => {
      if (!kase.routingTenantId) throw validation('该事项未经转送交办，无可退回的机关');
      const router = await this.store.tenant(em, kase.routingTenantId);
      if (!router) throw notFound('转送机关');
      return {
        input: { reason: input.reason, ...(openStage(stages, 'OBJECT') ? { windowDeadline: openStage(stages, 'OBJECT')!.deadline! } : {}) },
        extra: {
          set: { tenantPath: router.path, handlingTenantId: router.id, handlingUnitId: null, routingTenantId: null },
          details: { reason: input.reason, returnedTo: router.id, returnedToName: router.name },
          handOver: 'ROUTER',
        },
      };
    });
  }

  /**
   * 上报: a matter outside the holder's competence and outside its subtree goes to the office
   * directly above, which holds it from now on and routes it (its own route clock starts). The
   * reporting office loses sight of it, as after an objection.
   */
  reportUp(ctx: TenantContext, input: ReasonedCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.REPORT_UP, async (em, { kase }) => {
      const holder = await this.store.tenant(em, kase.handlingTenantId);
      const refusal = reportUpRefusal(holder?.parentId ?? null);
      if (refusal) throw validation(refusal);
      const parent = await this.store.tenant(em, holder!.parentId!);
      if (!parent) throw notFound('上一级机构');
      return {
        input: { reason: input.reason },
        extra: {
          set: {
            tenantPath: parent.path,
            handlingTenantId: parent.id,
            handlingUnitId: null,
            routingTenantId: null,
            chainTenantIds: kase.chainTenantIds.includes(parent.id) ? kase.chainTenantIds : [...kase.chainTenantIds, parent.id],
          },
          details: { reason: input.reason, reportedTo: parent.id, reportedToName: parent.name },
          handOver: 'PARENT',
        },
      };
    });
  }

  receive(ctx: TenantContext, input: CaseChangeInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.RECEIVE, async () => ({ input: undefined, extra: {} }));
  }

  accept(ctx: TenantContext, input: CaseChangeInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.ACCEPT, async (_em, { kase }) => {
      const refusal = acceptRefusal(kase);
      if (refusal) throw validation(refusal);
      return { input: undefined, extra: {} };
    });
  }

  decline(ctx: TenantContext, input: DeclineCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.DECLINE, async (_em, _locked, today) => {
      if (LEGAL_PROCEDURE_REASONS.has(input.reason) && !input.target?.trim()) {
        throw validation('导入诉讼、仲裁、复议等法定途径时，须写明导入的途径或机关');
      }
      return {
        input: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
        extra: {
          set: { declineTarget: input.target?.trim() || null, finishedOn: today },
          details: { reason: input.reason, target: input.target ?? null, note: input.note ?? null },
        },
      };
    });
  }

  extend(ctx: TenantContext, input: ExtendCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.EXTEND, async (em, { kase, stages }) => {
      const approver = await this.store.activeUser(em, input.approverId, kase.handlingTenantId);
      if (!approver || !approver.roles.includes(Role.LEADER)) throw validation('批准人应为办理机构的领导');
      const handle = openStage(stages, 'HANDLE');
      return {
        input: { days: input.days, approver: approver.displayName, reason: input.reason, handleDeadline: handle?.deadline ?? ('' as IsoDate) },
        extra: {
          details: {
            days: input.days,
            approverId: approver.id,
            approverName: approver.displayName,
            reason: input.reason,
            previousDeadline: handle?.deadline ?? null,
          },
        },
      };
    });
  }

  recordHearing(ctx: TenantContext, input: RecordHearingInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.RECORD_HEARING, async () => ({
      input: { from: isoDate(input.from), to: isoDate(input.to) },
      extra: { details: { from: input.from, to: input.to } },
    }));
  }

  decide(ctx: TenantContext, input: DecideCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.DECIDE, async (_em, { kase }, today) => ({
      input: { outcome: input.outcome, text: input.text },
      extra: { set: { decidingTenantId: kase.handlingTenantId, decisionText: input.text, decidedOn: today }, details: { outcome: input.outcome } },
    }));
  }

  /**
   * 答复送达; issues the link the petitioner rates with, returned this once and stored only as a
   * hash, valid as long as the petitioner may ask for a review of the reply (30 days).
   */
  async deliver(ctx: TenantContext, input: CaseChangeInput): Promise<DeliveredCase> {
    const token = randomBytes(24).toString('base64url');
    const kase = await this.step(ctx, input, CaseAction.DELIVER, async (_em, _locked, today) => ({
      input: undefined,
      extra: { set: { ratingTokenHash: ratingTokenHash(token), ratingLinkValidUntil: plusDays(today, RATING_LINK_DAYS) }, ratingToken: token },
    }));
    return Object.assign(kase, { issuedRatingToken: token });
  }

  submitCompletionReport(ctx: TenantContext, input: CaseChangeInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.SUBMIT_COMPLETION_REPORT, async () => ({ input: undefined, extra: {} }));
  }

  /** 退回重办: the assigning office rejects the completion report; handling starts again. */
  sendBack(ctx: TenantContext, input: SendBackCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.SEND_BACK, async () => ({
      input: { reason: input.reason, completionReportDue: isoDate(input.completionReportDue) },
      extra: {
        set: {
          completionReportDue: isoDate(input.completionReportDue),
          decisionText: null,
          decidedOn: null,
          ratingTokenHash: null,
          ratingLinkValidUntil: null,
        },
        details: { reason: input.reason, completionReportDue: input.completionReportDue },
      },
    }));
  }

  rate(ctx: TenantContext, input: RateCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.RATE, async () => ({
      input: { rating: input.rating },
      extra: { set: { ratedAt: this.clock.now(), ratingTokenHash: null, ratingLinkValidUntil: null }, details: { rating: input.rating, by: 'REGISTRAR' } },
    }));
  }

  /** The petitioner's own rating through the delivered link; the token is spent by it. */
  async rateByToken(input: RateByTokenInput, requestId: string): Promise<CaseEntity> {
    const target = await this.transactions.runAnonymous((em) => this.store.ratingLinkTarget(em, ratingTokenHash(input.token)));
    if (!target) throw notFound('评价链接');
    return this.rateAsPetitioner(target, input.rating, requestId, '信访人（评价链接）');
  }

  /**
   * The petitioner's rating of `target`, found by a secret only the petitioner holds (the link's
   * token, or the portal's query code with the ID number's tail): within the day the link is valid
   * through, once.
   */
  rateAsPetitioner(target: RatingLinkTarget, rating: Rating, requestId: string, username: string): Promise<CaseEntity> {
    if (target.validUntil && compareDates(this.clock.today(), isoDate(target.validUntil)) > 0) {
      throw deadlinePassed(`评价链接已于 ${target.validUntil} 过期，请联系信访部门`, { validUntil: target.validUntil });
    }
    const input = { rating };
    const ctx: TenantContext = { ...systemContextFor(target.tenantId, target.tenantPath, requestId), username };
    return this.step(
      ctx,
      { caseId: target.id, version: null },
      CaseAction.RATE,
      async () => ({
        input,
        extra: { set: { ratedAt: this.clock.now(), ratingTokenHash: null, ratingLinkValidUntil: null }, details: { rating, by: 'PETITIONER' } },
      }),
      { skipOfficeCheck: true },
    );
  }

  requestReview(ctx: TenantContext, input: CaseChangeInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.REQUEST_REVIEW, async (_em, { stages }) => ({
      input: { windowDeadline: openStage(stages, 'REVIEW_WINDOW')?.deadline ?? ('' as IsoDate) },
      extra: { set: { reviewTenantId: ctx.tenantId }, details: {} },
    }));
  }

  /** 复查意见: kept beside the opinion it reviews, with what it did to it (维持/变更/撤销). */
  decideReview(ctx: TenantContext, input: DecideReviewInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.DECIDE_REVIEW, async (_em, _locked, today) => ({
      input: { outcome: input.outcome, text: input.text, result: input.result },
      extra: { set: { decisionText: input.text, decidedOn: today }, details: { outcome: input.outcome, result: input.result } },
    }));
  }

  requestReexamination(ctx: TenantContext, input: CaseChangeInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.REQUEST_REEXAMINATION, async (_em, { stages }) => ({
      input: { windowDeadline: openStage(stages, 'REEXAMINATION_WINDOW')?.deadline ?? ('' as IsoDate) },
      extra: { set: { reviewTenantId: ctx.tenantId }, details: {} },
    }));
  }

  /** 复核意见: the matter is final; the same facts are not accepted again. */
  decideReexamination(ctx: TenantContext, input: DecideReviewInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.DECIDE_REEXAMINATION, async (_em, _locked, today) => ({
      input: { outcome: input.outcome, text: input.text, result: input.result },
      extra: { set: { decisionText: input.text, decidedOn: today, finishedOn: today }, details: { outcome: input.outcome, result: input.result } },
    }));
  }

  close(ctx: TenantContext, input: CloseCaseInput): Promise<CaseEntity> {
    return this.step(ctx, input, CaseAction.CLOSE, async (_em, _locked, today) => ({
      input: { reason: input.reason },
      extra: { set: { finishedOn: today }, details: { reason: input.reason } },
    }));
  }

  /**
   * 期限届满终结: the petitioner's window `stageId` lapsed without a request, so the matter is final.
   * Run by the lapse job and the reconciliation as the system, never by a user: re-checks under
   * the lock that the window is still open with the deadline the job was scheduled for and that
   * its last day is over, and returns null (nothing done) otherwise.
   */
  lapse(ctx: TenantContext, window: { caseId: string; stageId: string; deadline: IsoDate }): Promise<CaseEntity | null> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const locked = await this.store.lock(em, window.caseId, null);
      const open = locked.stages.find((s) => s.id === window.stageId && s.stoppedOn === null);
      if (!open || !isPetitionerWindow(open.stage) || open.deadline !== window.deadline || compareDates(today, open.deadline) <= 0) return null;
      const result = applyTransition(snapshotOf(locked.kase), CaseAction.LAPSE, { windowDeadline: open.deadline }, today);
      return this.store.commit(em, {
        locked,
        result,
        set: { finishedOn: today },
        details: { stage: open.stage, windowDeadline: open.deadline },
        today,
        at: this.clock.now(),
      });
    });
  }

  /**
   * The shape of every step: lock, check the version and the acting office, build the action's
   * input (which may look things up), apply the lifecycle, write.
   */
  private step<K extends CaseAction>(
    ctx: TenantContext,
    change: { caseId: string; version: number | null },
    action: K,
    prepare: (em: EntityManager, locked: LockedCase, today: IsoDate) => Promise<{ input: ActionInputs[K]; extra: Extra }>,
    options: { skipOfficeCheck?: boolean } = {},
  ): Promise<CaseEntity> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const locked = await this.store.lock(em, change.caseId, change.version);
      if (!options.skipOfficeCheck) await this.requireActingOffice(em, ctx, locked.kase, action);
      // A step the state does not allow is refused as such, before its input is looked into.
      if (!findTransition(locked.kase.state, action)) throw invalidTransition(locked.kase.state, action);
      const {
        input,
        extra: { ratingToken, ...extra },
      } = await prepare(em, locked, today);
      const result = applyTransition(snapshotOf(locked.kase), action, input, today);
      const at = this.clock.now();
      const kase = await this.store.commit(em, { locked, result, ...extra, today, at });
      // The step's written instrument, in its transaction: no step commits without it.
      await this.instruments.issueForStep(em, { action, kase, details: extra.details ?? {}, today, at });
      await this.messages.queueForStep(em, ctx, { action, kase, details: extra.details, ratingToken });
      return kase;
    });
  }

  private async requireActingOffice(em: EntityManager, ctx: TenantContext, kase: CaseEntity, action: CaseAction): Promise<void> {
    const office = actingOfficeFor(action, kase.state);
    // Only the office one level above needs a look-up, and only for the step that names it.
    const parents = new Map<string, string | null>();
    const above = office === 'DECIDER_PARENT' ? kase.decidingTenantId : office === 'REVIEWER_PARENT' ? kase.reviewTenantId : null;
    if (above) parents.set(above, (await this.store.tenant(em, above))?.parentId ?? null);
    const refusal = actingOfficeRefusal(
      action,
      kase.state,
      caseOffices(kase, (id) => parents.get(id)),
      ctx.tenantId,
    );
    if (refusal) throw forbidden(refusal);
  }
}
