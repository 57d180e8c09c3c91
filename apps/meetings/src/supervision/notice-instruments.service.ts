import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { yearOf } from '#common/calendar';
import { Clock } from '#common/clock';
import { forbidden, notFound } from '#common/errors';
import { DOCX_CONTENT_TYPE, InstrumentKind, documentDate, documentNumber, instrumentSeries, renderInstrument } from '#common/instruments';
import { TenantContextStore, TenantTransactions, type TenantContext } from '#common/tenancy';
import { NoticeReason, issuesSupervisionNotice, supervisionNotice } from './domain/index.js';
import type { NoticeEntity } from './entities/index.js';
import type { NoticeInstrumentRow } from './entities/notice-instrument.entity.js';
import { NoticeInstrumentsStore } from './notice-instruments.store.js';

/** A 督办单's file as sent: `<title>_<subject number>.docx`. */
export interface NoticeInstrumentDownload {
  fileName: string;
  asciiFileName: string;
  mediaType: string;
  content: Buffer;
}

/** Where the console downloads a 督办单 (the gateway forwards /files/meetings/ to this service). */
export const noticeInstrumentDownloadUrl = (id: string) => `/files/meetings/instruments/${id}`;

/**
 * The 督办单 of supervision notices: issued in the transaction that issues the notices (numbered
 * per issuing office, rendered, stored with the notice), and read back for the notice and its download.
 */
@Injectable()
export class NoticeInstruments {
  constructor(
    private readonly transactions: TenantTransactions,
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

  instrumentsOf(ctx: TenantContext, noticeIds: readonly string[]): Promise<NoticeInstrumentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.instrumentsOf(em, noticeIds));
  }

  /** A download of a 督办单 of a notice the caller sees; NOT_FOUND otherwise. */
  async file(ctx: TenantContext, id: string): Promise<NoticeInstrumentDownload> {
    const file = await this.transactions.run(ctx, (em) => this.store.file(em, id));
    if (!file) throw notFound('督办单');
    return {
      fileName: `${file.title}_${file.subjectNumber}.docx`,
      asciiFileName: `supervision_${file.subjectNumber.replace(/[^\w.-]/g, '_')}.docx`,
      mediaType: DOCX_CONTENT_TYPE,
      content: file.content,
    };
  }
}
