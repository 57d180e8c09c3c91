import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { notFound, validation } from '#common/errors';
import { noticesIssued } from '#common/metrics';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import {
  FeedbackDecision,
  NoticeAction,
  NoticeKind,
  SUBJECT_TYPE_LABELS,
  SubjectType,
  checkAddressee,
  checkHandRaised,
  checkIssuer,
  checkMayEscalate,
  checkMayRaise,
  effectiveSettings,
  escalationDueOn,
  handRaisedAddressing,
  isUnread,
  nextNoticeState,
  stageLabel,
} from './domain/index.js';
import type { AcceptFeedbackInput, ListForSupervisionInput, NoticeFeedbackInput, RaiseNoticeInput, ReasonedNoticeChangeInput } from './dto/notice.inputs.js';
import type { NoticeEntity, SupervisedSubjectEntity } from './entities/index.js';
import { NoticeLifecycle } from './notice-lifecycle.service.js';
import { NoticeStore, checkVersion, type NoticeDraft } from './notice.store.js';
import { SupervisedSubjectStore } from './supervised-subject.store.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';
import { NoticeInstruments } from './notice-instruments.service.js';

type HandRaised = Omit<RaiseNoticeInput, 'kind'>;

/**
 * What users do with notices: supervisors raise them and decide on feedback, addressees read and
 * answer. Each change locks the notice, checks who acts and the version they saw, and lets the
 * state machine decide.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: NoticeStore,
    private readonly lifecycle: NoticeLifecycle,
    private readonly subjects: SupervisedSubjectStore,
    private readonly settings: SupervisionSettingsStore,
    private readonly instruments: NoticeInstruments,
    private readonly clock: Clock,
  ) {}

  raise(ctx: TenantContext, input: RaiseNoticeInput): Promise<NoticeEntity> {
    return this.handRaise(ctx, input.kind, input, null);
  }

  /** 挂牌督办: a listed notice with the date the subject must be fixed by. */
  listForSupervision(ctx: TenantContext, input: ListForSupervisionInput): Promise<NoticeEntity> {
    return this.handRaise(ctx, NoticeKind.LISTED, input, isoDate(input.fixBy));
  }

  /** Reading is a receipt: the first read by the addressee marks it, later ones change nothing. */
  markRead(ctx: TenantContext, noticeId: string): Promise<NoticeEntity> {
    return this.transactions.run(ctx, async (em) => {
      const notice = await this.store.lock(em, noticeId);
      checkAddressee(notice, ctx);
      if (!isUnread(notice.state)) return notice;
      const at = this.clock.now();
      const to = nextNoticeState(notice.kind, notice.state, NoticeAction.READ);
      return this.store.transition(em, notice, { action: NoticeAction.READ, to, at, set: { readAt: at } });
    });
  }

  submitFeedback(ctx: TenantContext, input: NoticeFeedbackInput): Promise<NoticeEntity> {
    return this.change(ctx, input, checkAddressee, async (em, notice) => {
      const to = nextNoticeState(notice.kind, notice.state, NoticeAction.SUBMIT_FEEDBACK);
      const at = this.clock.now();
      return this.store.transition(em, notice, {
        action: NoticeAction.SUBMIT_FEEDBACK,
        to,
        at,
        set: { readAt: notice.readAt ?? at, firstFeedbackAt: notice.firstFeedbackAt ?? at, escalateOn: null },
        also: [this.store.feedbackStatement(notice, input.text, input.attachments, at)],
      });
    });
  }

  acceptFeedback(ctx: TenantContext, input: AcceptFeedbackInput): Promise<NoticeEntity> {
    return this.change(ctx, input, checkIssuer, async (em, notice) => {
      const to = nextNoticeState(notice.kind, notice.state, NoticeAction.ACCEPT);
      const at = this.clock.now();
      const comment = input.comment ?? null;
      return this.store.transition(em, notice, {
        action: NoticeAction.ACCEPT,
        to,
        at,
        reason: comment,
        also: [this.store.decisionStatement(notice, FeedbackDecision.ACCEPTED, comment, at)],
      });
    });
  }

  /** A rejected feedback is owed again; unanswered for the escalation interval, the notice escalates. */
  rejectFeedback(ctx: TenantContext, input: ReasonedNoticeChangeInput): Promise<NoticeEntity> {
    return this.change(ctx, input, checkIssuer, async (em, notice) => {
      const to = nextNoticeState(notice.kind, notice.state, NoticeAction.REJECT);
      const at = this.clock.now();
      const { escalationIntervalDays } = effectiveSettings(await this.settings.chain(em, notice.issuerTenantPath));
      const escalateOn = escalationDueOn({ kind: notice.kind, state: to, feedbackDue: notice.feedbackDue }, escalationIntervalDays, this.clock.today());
      return this.store.transition(em, notice, {
        action: NoticeAction.REJECT,
        to,
        at,
        reason: input.reason,
        set: { escalateOn },
        also: [this.store.decisionStatement(notice, FeedbackDecision.REJECTED, input.reason, at)],
      });
    });
  }

  /** Escalation before the job would: returns the notice of the next kind. */
  escalate(ctx: TenantContext, input: ReasonedNoticeChangeInput): Promise<NoticeEntity> {
    return this.change(ctx, input, checkMayEscalate, (em, notice) => this.lifecycle.escalate(em, notice, input.reason, { byHand: true }));
  }

  private change(
    ctx: TenantContext,
    input: { noticeId: string; version: number },
    mayAct: (notice: NoticeEntity, actor: TenantContext) => void,
    apply: (em: EntityManager, notice: NoticeEntity) => Promise<NoticeEntity>,
  ): Promise<NoticeEntity> {
    return this.transactions.run(ctx, async (em) => {
      const notice = await this.store.lock(em, input.noticeId);
      mayAct(notice, ctx);
      checkVersion(notice, input.version);
      return apply(em, notice);
    });
  }

  /**
   * A supervisor's notice on a subject in the subtree. The subject is looked up in the read model
   * under the caller's context: unknown and outside the subtree are the same refusal.
   */
  private handRaise(ctx: TenantContext, kind: NoticeKind, input: HandRaised, fixBy: IsoDate | null): Promise<NoticeEntity> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      checkHandRaised(kind, fixBy, today);
      const subject = await this.subjects.find(em, input.subjectType, input.subjectId);
      if (!subject) throw notFound(SUBJECT_TYPE_LABELS[input.subjectType]);
      checkMayRaise(
        subject.subjectType === SubjectType.TASK
          ? { type: SubjectType.TASK, assigningTenantId: await this.subjects.assigningTenantOf(em, subject.subjectId) }
          : { type: SubjectType.CASE },
        ctx,
      );
      const responsible = await this.store.jurisdiction(em, subject.tenantId, subject.tenantPath);
      const issuer = await this.store.jurisdiction(em, ctx.tenantId, ctx.tenantPath);
      const addressing = handRaisedAddressing(issuer, responsible, await this.store.unit(em, subject.handlingUnitId));
      const notice = await this.store.create(
        em,
        {
          responsible,
          subject: { type: subject.subjectType, id: subject.subjectId, number: subject.number, title: subject.title },
          kind,
          reason: input.reason,
          text: input.text,
          clock: input.stage ? runningClock(subject, input.stage) : { stage: null, clockId: null, deadline: null },
          addressing,
          ...(await this.lifecycle.terms(em, kind, addressing, today)),
          fixBy,
          triggerId: null,
          escalatedFrom: null,
        },
        this.clock.now(),
      );
      await this.instruments.issueFor(em, [notice]);
      noticesIssued.inc({ kind: notice.kind });
      return notice;
    });
  }
}

/** The subject's running clock of a stage, which the notice then follows (its completion closes it). */
function runningClock(subject: SupervisedSubjectEntity, stage: string): NoticeDraft['clock'] {
  const entry = Object.entries(subject.openClocks).find(([, clock]) => clock.stage === stage);
  if (!entry) throw validation(`${SUBJECT_TYPE_LABELS[subject.subjectType]} ${subject.number} 的「${stageLabel(stage)}」环节不在办理中`);
  const [clockId, clock] = entry;
  return { stage, clockId, deadline: clock.deadline === null ? null : isoDate(clock.deadline) };
}
