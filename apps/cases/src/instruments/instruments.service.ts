import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate, yearOf } from '#common/calendar';
import { Clock } from '#common/clock';
import { conflict, notFound } from '#common/errors';
import { InstrumentKind, type InstrumentText, documentNumber, instrumentSeries, renderInstrument } from '#common/instruments';
import { TenantContextStore, TenantTransactions, type TenantContext } from '#common/tenancy';
import { CaseAction } from '../cases/domain/index.js';
import type { CaseEntity } from '../cases/entities/index.js';
import {
  type CaseFacts,
  type CaseInstrumentKind,
  type InstrumentTemplate,
  acceptanceNotice,
  checkTemplate,
  declineNotice,
  extensionNotice,
  handlingOpinion,
  instrumentOfStep,
  reexaminationOpinion,
  reviewOpinion,
  routingNotice,
} from './domain/index.js';
import { InstrumentsStore, type StepContext } from './instruments.store.js';
import type { SaveInstrumentTemplateInput } from './dto/instrument.inputs.js';

/** A step as it was just written: the action, the case after it, the step's details as the timeline keeps them. */
export interface WrittenStep {
  action: CaseAction;
  kase: CaseEntity;
  details: Record<string, unknown>;
  today: IsoDate;
  at: Date;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * Issues the written instrument of a step inside the step's transaction — numbered, worded by the
 * office's effective template, rendered and stored with the case — so a step never commits
 * without its instrument; and saves the offices' templates.
 */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: InstrumentsStore,
    private readonly clock: Clock,
  ) {}

  async issueForStep(em: EntityManager, step: WrittenStep): Promise<void> {
    const plan = instrumentOfStep(step.action);
    if (!plan) return;
    const ctx = TenantContextStore.current();
    const office = await this.store.issuingOffice(em, ctx.tenantId, ctx.unitId, ctx.userId);
    if (!office) throw notFound('发文机关');
    const context = await this.store.stepContext(em, step.kase.id);
    if (await this.store.issued(em, context.transitionId, plan.kind)) return;
    const [template] = await this.store.effectiveTemplates(em, office.tenantPath, [plan.kind]);
    const year = yearOf(step.today);
    const series = instrumentSeries(plan.kind, step.action === CaseAction.ROUTE ? (text(step.details.mode) as 'TRANSFER' | 'ASSIGN') : null);
    const facts: CaseFacts = {
      number: step.kase.number,
      title: step.kase.title,
      petitionerName: context.petitionerName ?? '信访人',
      registeredOn: step.kase.registeredOn,
      issuer: `${office.tenantName}${office.unitName ?? ''}`,
      issuedOn: step.today,
      documentNumber: documentNumber(office.tenantName, series, year, await this.store.nextNumber(em, office, series, year)),
    };
    const issued = this.compose(plan.kind, facts, step, context, template);
    const content = await renderInstrument(issued);
    await this.store.insert(em, {
      tenantId: step.kase.tenantId,
      tenantPath: step.kase.tenantPath,
      caseId: step.kase.id,
      transitionId: context.transitionId,
      kind: plan.kind,
      addressee: plan.addressee,
      addresseeName: issued.addressee,
      documentNumber: facts.documentNumber!,
      title: issued.title,
      text: issued,
      templateTenantId: template?.tenantId ?? null,
      templateVersion: template?.version ?? null,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.length,
      issuingTenantId: office.tenantId,
      issuingTenantName: office.tenantName,
      issuedBy: ctx.userId,
      issuedByName: office.userName ?? ctx.username,
      issuedOn: step.today,
      issuedAt: step.at,
    });
  }

  /**
   * A new version of the office's own template of a kind. `version` is the office's own current
   * version the editor started from (0 when it had none): another save in between is a conflict.
   */
  saveTemplate(ctx: TenantContext, input: SaveInstrumentTemplateInput): Promise<number> {
    const checked = checkTemplate(input.kind, { title: input.title, paragraphs: input.paragraphs });
    return this.transactions.run(ctx, async (em) => {
      const current = await this.store.ownVersion(em, ctx.tenantId, input.kind);
      if (current !== input.version) throw conflict('文书模板已被他人修改，请刷新后重新编辑');
      const saved = await this.store.insertTemplate(
        em,
        { tenantId: ctx.tenantId, tenantPath: ctx.tenantPath, kind: input.kind, version: current + 1, ...checked },
        { id: ctx.userId, name: ctx.username },
        this.clock.now(),
      );
      if (!saved) throw conflict('文书模板已被他人修改，请刷新后重新编辑');
      return current + 1;
    });
  }

  private compose(
    kind: CaseInstrumentKind,
    facts: CaseFacts,
    { kase, details, today }: WrittenStep,
    context: StepContext,
    template: InstrumentTemplate | undefined,
  ): InstrumentText {
    const deadline = context.handleDeadline ?? today;
    switch (kind) {
      case InstrumentKind.ACCEPTANCE_NOTICE:
        return acceptanceNotice(facts, { acceptedOn: today, handleDeadline: deadline }, template);
      case InstrumentKind.DECLINE_NOTICE:
        return declineNotice(
          facts,
          { reason: details.reason as Parameters<typeof declineNotice>[1]['reason'], note: text(details.note), channel: kase.declineTarget },
          template,
        );
      case InstrumentKind.ROUTING_NOTICE: {
        const body = `${text(details.tenantName) ?? ''}${text(details.unitName) ?? ''}`;
        const due = text(details.completionReportDue);
        return routingNotice(facts, { mode: details.mode as 'TRANSFER' | 'ASSIGN', body, completionReportDue: due ? isoDate(due) : null }, template);
      }
      case InstrumentKind.EXTENSION_NOTICE:
        return extensionNotice(
          facts,
          {
            days: Number(details.days),
            reason: String(details.reason),
            approver: String(details.approverName),
            formerDeadline: isoDate(String(details.previousDeadline)),
            newDeadline: deadline,
          },
          template,
        );
      case InstrumentKind.HANDLING_OPINION:
        return handlingOpinion(facts, { outcome: kase.outcome!, text: kase.decisionText ?? '', reviewOffice: null }, template);
      case InstrumentKind.REVIEW_OPINION:
        return reviewOpinion(facts, { result: kase.reviewResult!, text: kase.decisionText ?? '', reexaminationOffice: null }, template);
      case InstrumentKind.REEXAMINATION_OPINION:
        return reexaminationOpinion(facts, { result: kase.reexaminationResult!, text: kase.decisionText ?? '' }, template);
    }
  }
}
