import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import type { SupervisionTriggerPayload } from '#common/events';
import {
  FINAL_STATES,
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
} from './domain/index.js';
import { NoticeEntity } from './entities/index.js';
import { NoticeStore } from './notice-store.js';

/**
 * The rules that turn events and time into notices, inside a transaction the caller opened with
 * the right tenant: a deadline trigger becomes a notice, a stopped clock closes its notices, an
 * unanswered notice escalates one step up the ladder.
 */
@Injectable()
export class NoticeLifecycle {
  constructor(
    private readonly store: NoticeStore,
    private readonly clock: Clock,
  ) {}

  /**
   * The notice a deadline trigger calls for, issued by the responsible tenant's bureau; none when
   * the same trigger made one already. A supervision notice replaces the clock's open reminders.
   */
  async fromTrigger(em: EntityManager, trigger: SupervisionTriggerPayload): Promise<NoticeEntity | null> {
    const at = this.clock.now();
    const { kind, reason } = kindForTrigger(trigger.kind);
    const responsible = await this.store.jurisdiction(em, trigger.responsibleTenantId, trigger.responsibleTenantPath);
    const addressing = firstAddressing(responsible, await this.store.unit(em, trigger.responsibleUnitId));
    const subjectType = trigger.subjectType as SubjectType;
    const deadline = isoDate(trigger.deadline);
    const terms = await this.terms(em, kind, addressing, this.clock.today());
    const line = { subjectType, subjectNumber: trigger.subjectNumber, subjectTitle: trigger.subjectTitle, stage: trigger.stage };
    const notice = await this.store.create(
      em,
      {
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
      },
      at,
    );
    if (notice && kind === NoticeKind.SUPERVISION) {
      await this.closeOpen(em, trigger.clockId, SUPERSEDED_BY_SUPERVISION, (n) => n.kind === NoticeKind.REMINDER);
    }
    return notice;
  }

  /** Closes the open notices of a clock (all of them, or those `which` picks), with the reason. */
  async closeOpen(em: EntityManager, clockId: string, reason: string, which: (notice: NoticeEntity) => boolean = () => true): Promise<NoticeEntity[]> {
    const open = await em
      .getRepository(NoticeEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.clockId = :clockId AND n.state NOT IN (:...final)', { clockId, final: [...FINAL_STATES] })
      .orderBy('n.id')
      .getMany();
    const at = this.clock.now();
    const closed: NoticeEntity[] = [];
    for (const notice of open.filter(which)) {
      const to = nextNoticeState(notice.kind, notice.state, NoticeAction.CLOSE);
      closed.push(await this.store.transition(em, notice, { action: NoticeAction.CLOSE, to, at, reason, set: { closedAt: at, closeReason: reason, escalateOn: null } }));
    }
    return closed;
  }

  /**
   * Escalates a locked notice one step: it becomes ESCALATED and a notice of the next kind is
   * issued one level up, linked to it. Returns the new notice.
   */
  async escalate(em: EntityManager, notice: NoticeEntity, reason: string): Promise<NoticeEntity> {
    const to = nextNoticeState(notice.kind, notice.state, NoticeAction.ESCALATE);
    // nextNoticeState refuses the kinds without a next step.
    const kind = nextKind(notice.kind)!;
    const at = this.clock.now();
    const addressing = escalatedAddressing(addressingOf(notice), await this.store.lineage(em, notice.addresseeTenantPath));
    const terms = await this.terms(em, kind, addressing, this.clock.today());
    await this.store.transition(em, notice, { action: NoticeAction.ESCALATE, to, at, reason, set: { escalateOn: null } });
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
  async terms(em: EntityManager, kind: NoticeKind, addressing: Addressing, today: IsoDate): Promise<{ feedbackDue: IsoDate | null; escalateOn: IsoDate | null }> {
    const settings = await this.store.settingsFor(em, addressing.issuer.path);
    const feedbackDue = feedbackDueOn(kind, today, settings.feedbackDays);
    return { feedbackDue, escalateOn: escalationDueOn({ kind, state: NoticeState.ISSUED, feedbackDue }, settings.escalationIntervalDays) };
  }
}

/** Who issued a notice and to whom, as the ladder reasons about it. */
export function addressingOf(notice: NoticeEntity): Addressing {
  return {
    issuer: { id: notice.issuerTenantId, path: notice.issuerTenantPath, name: notice.issuerTenantName },
    addressee: { id: notice.addresseeTenantId, path: notice.addresseeTenantPath, name: notice.addresseeTenantName },
    addresseeUnit: notice.addresseeUnitId ? { id: notice.addresseeUnitId, name: notice.addresseeUnitName } : null,
  };
}
