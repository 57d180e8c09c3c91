import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  FILE_STORAGE,
  attachmentDescription,
  checkAttachmentRoom,
  inspectUpload,
  storeAllThen,
  type FileStorage,
  type InspectedUpload,
  type ReceivedFile,
} from '#common/files';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { notFound } from '#common/errors';
import { CASES_SCHEMA } from '../database.js';
import { CASE_ATTACHMENT_LIMITS } from './domain/index.js';
import { AttachmentsStore, type AttachmentRow } from './attachments.store.js';

/**
 * Files kept with a case (一案一卷: letters scanned, evidence). Every file of a request is checked by
 * its content before anything is stored; then the files are stored and recorded in one transaction
 * that sees the case under the caller's row-level security, so a refused request keeps nothing.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: AttachmentsStore,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async upload(ctx: TenantContext, caseId: string, files: readonly ReceivedFile[], rawDescription: string | undefined): Promise<AttachmentRow[]> {
    if (!isUUID(caseId, 'all')) throw notFound('信访事项');
    checkAttachmentRoom(0, files.length, CASE_ATTACHMENT_LIMITS);
    const description = attachmentDescription(rawDescription);
    const inspected: InspectedUpload[] = [];
    for (const file of files) inspected.push(await inspectUpload(file.content, file.fileName));
    return storeAllThen(
      this.storage,
      files.map((f) => f.content),
      (stored) =>
        this.transactions.run(ctx, async (em) => {
          const kase = await this.store.lockCaseFile(em, caseId);
          if (!kase) throw notFound('信访事项');
          checkAttachmentRoom(kase.attachmentCount, files.length, CASE_ATTACHMENT_LIMITS);
          const name = (await this.store.userName(em, ctx.userId)) ?? ctx.username;
          const rows = await this.store.insert(
            em,
            kase,
            { id: ctx.userId, name, tenantPath: ctx.tenantPath },
            stored.map((s, i) => ({ stored: s, fileName: inspected[i].safeName, mediaType: inspected[i].mediaType, description })),
          );
          for (const row of rows) {
            await audit(em, CASES_SCHEMA, {
              action: 'case.attachment.added',
              entity: 'case',
              entityId: kase.id,
              after: { attachmentId: row.id, fileName: row.fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 },
            });
          }
          return rows;
        }),
    );
  }
}
