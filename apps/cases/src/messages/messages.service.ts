import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent } from '#common/events';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';
import type { CaseAction, DeclineReason, RouteMode } from '../cases/domain/index.js';
import type { CaseEntity } from '../cases/entities/index.js';
import {
  DEFAULT_TEMPLATES,
  KIND_PLACEHOLDERS,
  MESSAGE_KIND_OF,
  MessageChannel,
  messageFor,
  ratingLink,
  recipientsOf,
  renderTemplate,
  signatureOf,
  signedText,
  unknownPlaceholders,
  type MessageStep,
} from './domain/index.js';
import { MESSAGE_CONFIG, type MessageConfig } from './providers/message-config.js';
import { MessagesStore, type NewMessage } from './messages.store.js';
import type { SaveMessageTemplateInput } from './dto/message.inputs.js';

/** `petitioner.message`: messages written and due to be sent (or sent again) by the cases worker. */
export interface PetitionerMessagePayload {
  messageIds: string[];
}

/** A committed step as the messages need it. */
export interface CommittedStep {
  action: CaseAction;
  /** The case as the step left it. */
  kase: CaseEntity;
  /** The step's details (route target, decline reason, outcome …), as the timeline records them. */
  details?: Record<string, unknown>;
  /** DELIVER: the rating link's token, which exists in clear only in the step. */
  ratingToken?: string;
}

/**
 * Messages to petitioners: written in the step's own transaction as rows and one outbox event, so
 * a step is told once and only if it commits; sending is the worker's (it never holds up a step).
 * Templates per office, inherited down the tree.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MessagesStore,
    private readonly clock: Clock,
    @Inject(MESSAGE_CONFIG) private readonly config: MessageConfig,
  ) {}

  /**
   * Writes the messages a committed step sends to its petitioners, in the step's transaction (the
   * acting office signs them, with its templates). A step written twice writes them once.
   */
  async queueForStep(em: EntityManager, ctx: TenantContext, step: CommittedStep): Promise<string[]> {
    const kind = MESSAGE_KIND_OF[step.action];
    if (!kind) return [];
    const { kase } = step;
    const context = await this.store.stepContext(em, { caseId: kase.id, tenantId: ctx.tenantId, tenantPath: ctx.tenantPath, kind });
    const decided = messageFor(this.messageStep(step, context.handleDeadline));
    const recipients = decided
      ? recipientsOf(
          context.contacts.map((c) => ({
            id: c.id,
            representative: c.representative,
            phoneMasked: c.phoneCipher ? c.phoneMasked : null,
            hasEmail: !!c.emailCipher,
          })),
          kase.personCount,
        )
      : [];
    if (!decided || !recipients.length) return [];
    const office = signatureOf(context.office ?? '', context.bureau);
    const at = this.clock.now();
    const byId = new Map(context.contacts.map((c) => [c.id, c]));
    const messages: NewMessage[] = recipients.map(({ petitionerId, channel }) => {
      const contact = byId.get(petitionerId)!;
      const text = renderTemplate(context.template?.text ?? DEFAULT_TEMPLATES[decided.kind], { ...decided.values, 姓名: contact.name });
      return {
        id: randomUUID(),
        tenantId: ctx.tenantId,
        tenantPath: ctx.tenantPath,
        caseTenantId: kase.tenantId,
        caseId: kase.id,
        transitionId: context.transitionId,
        action: step.action,
        channel,
        petitionerId,
        recipientCipher: channel === MessageChannel.SMS ? contact.phoneCipher! : contact.emailCipher!,
        recipientMasked: channel === MessageChannel.SMS ? contact.phoneMasked! : contact.emailMasked!,
        templateKind: decided.kind,
        templateVersion: context.template?.version ?? 0,
        body: signedText(office, text),
        createdAt: at,
      };
    });
    const written = await this.store.insertMessages(em, messages);
    if (written.length) await emitEvent(em, CASES_SCHEMA, 'petitioner.message', { messageIds: written } satisfies PetitionerMessagePayload);
    return written;
  }

  /** 重新发送: a message whose attempts ran out goes back to the queue. */
  resend(ctx: TenantContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (em) => {
      const message = await this.store.find(em, id);
      if (!message) throw notFound('通知');
      if (!(await this.store.requeue(em, id))) throw validation('只有发送失败的通知可以重新发送');
      await emitEvent(em, CASES_SCHEMA, 'petitioner.message', { messageIds: [id] } satisfies PetitionerMessagePayload);
      return id;
    });
  }

  /** Saves a new version of the office's own template of a kind; the version seen must be the latest. */
  saveTemplate(ctx: TenantContext, input: SaveMessageTemplateInput): Promise<number> {
    const unknown = unknownPlaceholders(input.kind, input.text);
    if (unknown.length) {
      const known = KIND_PLACEHOLDERS[input.kind];
      throw validation(`模板含有未知的占位符：${unknown.map((n) => `{${n}}`).join('、')}；可用的占位符：${known.map((n) => `{${n}}`).join('、')}`, {
        field: 'text',
        unknown,
        known,
      });
    }
    return this.transactions.run(ctx, async (em) => {
      const current = await this.store.ownTemplateVersion(em, ctx.tenantId, input.kind);
      const stale = () => conflict(`该通知模板已被他人修改（当前版本 ${current}，提交的版本 ${input.version}），请刷新后重试`);
      if (current !== input.version) throw stale();
      const saved = await this.store.insertTemplate(em, {
        tenantId: ctx.tenantId,
        tenantPath: ctx.tenantPath,
        kind: input.kind,
        version: current + 1,
        text: input.text.trim(),
        savedBy: ctx.userId,
        savedByName: ctx.username,
        at: this.clock.now(),
      });
      if (!saved) throw stale();
      return current + 1;
    });
  }

  private messageStep(step: CommittedStep, handleDeadline: string | null): MessageStep {
    const d = step.details ?? {};
    const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
    const target = [text('tenantName'), text('unitName')].filter(Boolean).join('');
    return {
      action: step.action,
      number: step.kase.number,
      routeMode: text('mode') as RouteMode | null,
      routeTarget: target || null,
      handleDeadline,
      declineReason: text('reason') as DeclineReason | null,
      declineTarget: text('target'),
      ratingLink: step.ratingToken ? ratingLink(this.config.publicBaseUrl, step.ratingToken) : null,
      outcome: text('outcome'),
      result: text('result'),
    };
  }
}
