import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FILE_STORAGE, type DownloadedFile, type FileStorage } from '#common/files';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { notFound } from '#common/errors';
import { AttachmentsStore, type AttachmentRow } from './attachments.store.js';

/** Reads of case files, under the caller's row-level security: a file is seen exactly when its case is. */
@Injectable()
export class AttachmentsQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: AttachmentsStore,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  ofCases(ctx: TenantContext, caseIds: readonly string[]): Promise<AttachmentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.ofCases(em, caseIds));
  }

  /** A file's bytes for a download; one the caller may not see is as missing as one that is not there. */
  async download(ctx: TenantContext, id: string): Promise<DownloadedFile> {
    const row = isUUID(id, 'all') ? await this.transactions.run(ctx, (em) => this.store.find(em, id)) : null;
    if (!row) throw notFound('附件');
    return { fileName: row.fileName, mediaType: row.mediaType, content: await this.storage.get(row.storageKey) };
  }
}
