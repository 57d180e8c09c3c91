import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { yearOf } from '#common/calendar';
import { Clock } from '#common/clock';
import { forbidden } from '#common/errors';
import { InstrumentKind, documentDate, documentNumber, instrumentSeries, renderInstrument } from '#common/instruments';
import { TenantContextStore } from '#common/tenancy';
import { NoticeReason, issuesSupervisionNotice, supervisionNotice } from './domain/index.js';
import type { NoticeEntity } from './entities/index.js';
import { NoticeInstrumentsStore } from './notice-instruments.store.js';

/**
 * The 督办单 of supervision notices, issued in the transaction that issues the notices: numbered
 * per issuing office, rendered, stored with the notice.
 */
@Injectable()
export class NoticeInstruments {
  constructor(
    private readonly store: NoticeInstrumentsStore,
    private readonly clock: Clock,
  ) {}

  async issueFor(em: EntityManager, notices: readonly NoticeEntity[]): Promise<void> {
    const ctx = TenantContextStore.current();
    const today = this.clock.today();
    const year = yearOf(today);
    const series = instrumentSeries(InstrumentKind.SUPERVISION_NOTICE);
    for (const notice of notices.filter((n) => issuesSupervisionNotice(n.kind))) {
      const ordinal = await this.store.nextNumber(em, { id: notice.issuerTenantId, path: notice.issuerTenantPath }, series, year);
      if (ordinal === null) throw forbidden('督办单的发文机关不在本机构的上下级链中');
      const text = supervisionNotice({
        reason: notice.reason ?? NoticeReason.OTHER,
        text: notice.fixBy ? `${notice.text}\n挂牌督办，请于${documentDate(notice.fixBy)}前整改到位。` : notice.text,
        addressee: `${notice.addresseeTenantName}${notice.addresseeUnitName ?? ''}`,
        issuer: notice.issuerTenantName,
        issuedOn: today,
        feedbackDue: notice.feedbackDue,
        documentNumber: documentNumber(notice.issuerTenantName, series, year, ordinal),
      });
      const content = await renderInstrument(text);
      await this.store.insert(em, {
        tenantId: notice.tenantId,
        tenantPath: notice.tenantPath,
        noticeId: notice.id,
        documentNumber: text.documentNumber!,
        title: text.title,
        addresseeName: text.addressee,
        text,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
        sizeBytes: content.length,
        issuingTenantId: notice.issuerTenantId,
        issuingTenantName: notice.issuerTenantName,
        issuedBy: ctx.userId,
        issuedByName: ctx.username,
        issuedOn: today,
        issuedAt: this.clock.now(),
      });
    }
  }
}
