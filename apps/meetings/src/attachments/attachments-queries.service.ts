import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FILE_STORAGE, type DownloadedFile, type FileStorage } from '#common/files';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { notFound } from '#common/errors';
import { MeetingAttachmentsStore, type MeetingAttachmentRow } from './attachments.store.js';

/** Reads of the files of reports and feedback, under the caller's row-level security: seen exactly when their owner is. */
@Injectable()
export class MeetingAttachmentsQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MeetingAttachmentsStore,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  ofReports(ctx: TenantContext, reportIds: readonly string[]): Promise<MeetingAttachmentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.ofReports(em, reportIds));
  }

  ofFeedback(ctx: TenantContext, feedbackIds: readonly string[]): Promise<MeetingAttachmentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.ofFeedback(em, feedbackIds));
  }

  /** A file's bytes for a download; one the caller may not see is as missing as one that is not there. */
  async download(ctx: TenantContext, id: string): Promise<DownloadedFile> {
    const row = isUUID(id, 'all') ? await this.transactions.run(ctx, (em) => this.store.find(em, id)) : null;
    if (!row) throw notFound('附件');
    return { fileName: row.fileName, mediaType: row.mediaType, content: await this.storage.get(row.storageKey) };
  }
}
