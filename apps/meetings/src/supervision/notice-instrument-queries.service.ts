import { Injectable } from '@nestjs/common';
import { notFound } from '#common/errors';
import { DOCX_CONTENT_TYPE } from '#common/instruments';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
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

/** Reads of the notices' 督办单 under the caller's row-level security. */
@Injectable()
export class NoticeInstrumentQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: NoticeInstrumentsStore,
  ) {}

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
