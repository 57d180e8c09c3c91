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
import { MEETINGS_SCHEMA } from '../database.js';
import { AttachmentOwnerKind, OWNER_ATTACHMENT_LIMITS, checkMayAttach } from './domain/index.js';
import { MeetingAttachmentsStore, type MeetingAttachmentRow } from './attachments.store.js';

const OWNER_NAMES: Readonly<Record<AttachmentOwnerKind, string>> = {
  [AttachmentOwnerKind.TASK_REPORT]: '进展报告',
  [AttachmentOwnerKind.NOTICE_FEEDBACK]: '书面反馈',
};

/**
 * Files added to a task's progress report or a notice's written feedback once it exists, by the
 * person who wrote it. Every file is checked by its content before anything is stored; then the
 * files are stored and recorded in one transaction that sees the owner under the caller's
 * row-level security, so a refused request keeps nothing.
 */
@Injectable()
export class MeetingAttachmentsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MeetingAttachmentsStore,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async upload(
    ctx: TenantContext,
    kind: AttachmentOwnerKind,
    ownerId: string,
    files: readonly ReceivedFile[],
    rawDescription: string | undefined,
  ): Promise<MeetingAttachmentRow[]> {
    if (!isUUID(ownerId, 'all')) throw notFound(OWNER_NAMES[kind]);
    const limits = OWNER_ATTACHMENT_LIMITS[kind];
    checkAttachmentRoom(0, files.length, limits);
    const description = attachmentDescription(rawDescription);
    const inspected: InspectedUpload[] = [];
    for (const file of files) inspected.push(await inspectUpload(file.content, file.fileName));
    return storeAllThen(
      this.storage,
      files.map((f) => f.content),
      (stored) =>
        this.transactions.run(ctx, async (em) => {
          const owner = kind === AttachmentOwnerKind.TASK_REPORT ? await this.store.lockReport(em, ownerId) : await this.store.lockFeedback(em, ownerId);
          if (!owner) throw notFound(OWNER_NAMES[kind]);
          checkMayAttach(owner, ctx.userId);
          checkAttachmentRoom(owner.attachmentCount, files.length, limits);
          const name = (await this.store.userName(em, ctx.userId)) ?? ctx.username;
          const rows = await this.store.insert(
            em,
            owner,
            { id: ctx.userId, name },
            stored.map((s, i) => ({ stored: s, fileName: inspected[i].safeName, mediaType: inspected[i].mediaType, description })),
          );
          for (const row of rows) {
            await audit(em, MEETINGS_SCHEMA, {
              action: 'attachment.added',
              entity: kind === AttachmentOwnerKind.TASK_REPORT ? 'task_report' : 'notice_feedback',
              entityId: owner.id,
              after: { attachmentId: row.id, fileName: row.fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 },
            });
          }
          return rows;
        }),
    );
  }
}
