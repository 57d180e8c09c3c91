import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { validation } from '#common/errors';
import type { EventEnvelope, SupervisionTriggerPayload } from '#common/events';
import { noticesEscalated, noticesIssued } from '#common/metrics';
import {
  NoticeAction,
  NoticeKind,
  SUPERSEDED_BY_SUPERVISION,
  SubjectType,
  escalatedAddressing,
  escalatedNoticeText,
  escalationDueOn,
  feedbackDueOn,
  firstAddressing,
  kindForTrigger,
  nextKind,
  nextNoticeState,
  NoticeState,
  triggerNoticeText,
  type Addressing,
  type EffectiveSupervisionSettings,
  type JurisdictionRef,
  effectiveSettings,
} from './domain/index.js';
import { NoticeEntity } from './entities/index.js';
import { NoticeStore, type NoticeDraft } from './notice.store.js';
import { NoticeInstruments } from './notice-instruments.service.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';

/** Why the open notices of a clock close, and on behalf of which request. */
export interface ClockClosing {
  clockId: string;
  reason: string;
  requestId?: string;
}

/**
 * The rules that turn events and time into notices, inside a transaction the caller opened with
 * the right tenant: a deadline trigger becomes a notice, a stopped clock closes its notices, an
 * unanswered notice escalates one step up the ladder.
 */
@Injectable()
export class NoticeLifecycle {
  constructor(
    private readonly store: NoticeStore,
    private readonly settings: SupervisionSettingsStore,
    private readonly instruments: NoticeInstruments,
    private readonly clock: Clock,
  ) {}

  /**
   * The notices deadline triggers call for, each issued by the office that owns the deadline (or
   * the one above it, see `firstAddressing`); none for a trigger that made one already, nor for one
   * no office is left to issue (recorded in the audit log with the reason). A supervision notice
   * replaces its clock's open reminders (also one issued in the same batch). Returns the notices
   * issued.
   */
  async fromTriggers(em: EntityManager, events: readonly EventEnvelope<SupervisionTriggerPayload>[]): Promise<NoticeEntity[]> {
    const at = this.clock.now();
    const today = this.clock.today();
    // Looked up once per batch: its triggers share a responsible tenant, mostly, and its settings.
    const jurisdictions = new Map<string, Promise<JurisdictionRef>>();
    const lineages = new Map<string, Promise<JurisdictionRef[]>>();
    const settings = new Map<string, Promise<EffectiveSupervisionSettings>>();
    const units = await this.store.units(
      em,
      events.map((e) => e.payload.responsibleUnitId),
    );
    const drafts: NoticeDraft[] = [];
    const unissued: { trigger: SupervisionTriggerPayload; tenant: JurisdictionRef; reason: string; requestId: string }[] = [];
    const jurisdiction = (id: string, path: string) => once(jurisdictions, `${id} ${path}`, () => this.store.jurisdiction(em, id, path));
    for (const { payload: trigger, requestId } of events) {
      const { kind, reason } = kindForTrigger(trigger.kind);
      const responsible = await jurisdiction(trigger.responsibleTenantId, trigger.responsibleTenantPath);
      const owner = trigger.ownerTenantId && trigger.ownerTenantPath ? await jurisdiction(trigger.ownerTenantId, trigger.ownerTenantPath) : responsible;
      const lineage = await once(lineages, owner.path, () => this.store.lineage(em, owner.path));
      const step = firstAddressing(owner, responsible, trigger.responsibleUnitId === null ? null : units.get(trigger.responsibleUnitId)!, lineage);
      if (!step.addressing) {
        unissued.push({ trigger, tenant: responsible, reason: step.stopped, requestId });
        continue;
      }
      const addressing = step.addressing;
      const terms = termsOf(kind, await once(settings, addressing.issuer.path, () => this.settingsAt(em, addressing.issuer.path)), today);
      const subjectType = trigger.subjectType as SubjectType;
      const deadline = isoDate(trigger.deadline);
      const line = { subjectType, subjectNumber: trigger.subjectNumber, subjectTitle: trigger.subjectTitle, stage: trigger.stage };
      drafts.push({
        responsible,
        subject: { type: subjectType, id: trigger.subjectId, number: trigger.subjectNumber, title: trigger.subjectTitle },
        kind,
        reason,
        text: triggerNoticeText(kind, line, deadline, trigger.leadDays, terms.feedbackDue),
        clock: { stage: trigger.stage, clockId: trigger.clockId, deadline },
        addressing,
        ...terms,
        fixBy: null,
        triggerId: trigger.triggerId,
        escalatedFrom: null,
        requestId,
      });
    }
    await this.store.recordUnissued(em, unissued);
    const issued = await this.store.createAll(em, drafts, at);
    await this.instruments.issueFor(em, issued);
    // Counted when written: a transaction rolled back after this (a retried job) counts twice.
    for (const notice of issued) noticesIssued.inc({ kind: notice.kind });
    const requestOf = new Map(drafts.map((draft) => [draft.triggerId, draft.requestId]));
    await this.closeOpen(
      em,
      issued
        .filter((notice) => notice.kind === NoticeKind.SUPERVISION)
        .map((notice) => ({ clockId: notice.clockId!, reason: SUPERSEDED_BY_SUPERVISION, requestId: requestOf.get(notice.triggerId) })),
      [NoticeKind.REMINDER],
    );
    return issued;
  }

  /** Closes the open notices of clocks (of all kinds, or of `kinds`), with their clock's reason. */
  async closeOpen(em: EntityManager, closings: readonly ClockClosing[], kinds?: readonly NoticeKind[]): Promise<NoticeEntity[]> {
    if (closings.length === 0) return [];
    const closingOf = new Map(closings.map((closing) => [closing.clockId, closing]));
    const open = await this.store.lockOpenOfClocks(em, [...closingOf.keys()], kinds);
    const at = this.clock.now();
    return this.store.transitionAll(
      em,
      open.map((notice) => {
        const { reason, requestId } = closingOf.get(notice.clockId!)!;
        const to = nextNoticeState(notice.kind, notice.state, NoticeAction.CLOSE);
        return { notice, change: { action: NoticeAction.CLOSE, to, at, reason, set: { closedAt: at, closeReason: reason, escalateOn: null }, requestId } };
      }),
    );
  }

  /**
   * Escalates a locked notice one step: it becomes ESCALATED and a notice of the next kind is
   * issued one level up, linked to it; returns the new notice. When no office is left above the
   * issuer, the ladder stops: by hand that is refused with the reason; the escalation job records
   * the reason on the notice, which stays open without an escalation day, and returns it.
   */
  async escalate(em: EntityManager, notice: NoticeEntity, reason: string, { byHand }: { byHand: boolean }): Promise<NoticeEntity> {
    const to = nextNoticeState(notice.kind, notice.state, NoticeAction.ESCALATE);
    // nextNoticeState refuses the kinds without a next step.
    const kind = nextKind(notice.kind)!;
    const at = this.clock.now();
    const step = escalatedAddressing(addressingOf(notice), await this.store.lineage(em, notice.addresseeTenantPath));
    if (!step.addressing) {
      if (byHand) throw validation(step.stopped);
      const stay = nextNoticeState(notice.kind, notice.state, NoticeAction.STOP_ESCALATION);
      return this.store.transition(em, notice, {
        action: NoticeAction.STOP_ESCALATION,
        to: stay,
        at,
        reason: step.stopped,
        set: { escalateOn: null, ladderStoppedReason: step.stopped },
      });
    }
    const addressing = step.addressing;
    const terms = await this.terms(em, kind, addressing, this.clock.today());
    await this.store.transition(em, notice, { action: NoticeAction.ESCALATE, to, at, reason, set: { escalateOn: null } });
    noticesEscalated.inc({ kind });
    noticesIssued.inc({ kind });
    return this.store.create(
      em,
      {
        responsible: { id: notice.tenantId, path: notice.tenantPath },
        subject: { type: notice.subjectType, id: notice.subjectId, number: notice.subjectNumber, title: notice.subjectTitle },
        kind,
        reason: notice.reason,
        text: escalatedNoticeText(notice, kind, terms.feedbackDue),
        clock: { stage: notice.stage, clockId: notice.clockId, deadline: notice.deadline },
        addressing,
        ...terms,
        fixBy: null,
        triggerId: null,
        escalatedFrom: notice.id,
      },
      at,
    );
  }

  /** Feedback due date and escalation day of a new notice, by the issuer's settings. */
  async terms(em: EntityManager, kind: NoticeKind, addressing: Addressing, today: IsoDate): Promise<NoticeTerms> {
    return termsOf(kind, await this.settingsAt(em, addressing.issuer.path), today);
  }

  /** The settings in force for the tenant at `path` (its own and its ancestors' rows). */
  private async settingsAt(em: EntityManager, path: string): Promise<EffectiveSupervisionSettings> {
    return effectiveSettings(await this.settings.chain(em, path));
  }
}

interface NoticeTerms {
  feedbackDue: IsoDate | null;
  escalateOn: IsoDate | null;
}

function termsOf(kind: NoticeKind, settings: EffectiveSupervisionSettings, today: IsoDate): NoticeTerms {
  const feedbackDue = feedbackDueOn(kind, today, settings.feedbackDays);
  return { feedbackDue, escalateOn: escalationDueOn({ kind, state: NoticeState.ISSUED, feedbackDue }, settings.escalationIntervalDays) };
}

/** The value of `key` in `memo`, looked up the first time only. */
function once<T>(memo: Map<string, Promise<T>>, key: string, lookUp: () => Promise<T>): Promise<T> {
  let value = memo.get(key);
  if (!value) memo.set(key, (value = lookUp()));
  return value;
}

/** Who issued a notice and to whom, as the ladder reasons about it. */
export function addressingOf(notice: NoticeEntity): Addressing {
  return {
    issuer: { id: notice.issuerTenantId, path: notice.issuerTenantPath, name: notice.issuerTenantName },
    addressee: { id: notice.addresseeTenantId, path: notice.addresseeTenantPath, name: notice.addresseeTenantName },
    addresseeUnit: notice.addresseeUnitId ? { id: notice.addresseeUnitId, name: notice.addresseeUnitName } : null,
  };
}
