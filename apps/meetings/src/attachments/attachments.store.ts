import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StoredContent } from '#common/files';
import { AttachmentOwnerKind, type AttachmentOwner } from './domain/index.js';

/** One kept file of a report or a feedback, as the reads return it. */
export interface MeetingAttachmentRow {
  id: string;
  ownerKind: AttachmentOwnerKind;
  reportId: string | null;
  feedbackId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  description: string | null;
  uploadedById: string | null;
  uploadedByName: string;
  uploadedAt: Date;
}

/** The report or feedback an upload goes to, with the ids and path its files carry and how many it holds. */
export interface LockedOwner extends AttachmentOwner {
  tenantId: string;
  tenantPath: string;
  /** The task of a report, the notice of a feedback. */
  parentId: string;
  id: string;
  attachmentCount: number;
}

export interface NewMeetingAttachment {
  stored: StoredContent;
  fileName: string;
  mediaType: string;
  description: string | null;
}

const COLUMNS = `a.id, a.owner_kind AS "ownerKind", a.report_id AS "reportId", a.feedback_id AS "feedbackId", a.file_name AS "fileName",
  a.media_type AS "mediaType", a.size_bytes AS "sizeBytes", a.sha256, a.storage_key AS "storageKey", a.description,
  a.uploaded_by AS "uploadedById", a.uploaded_by_name AS "uploadedByName", a.uploaded_at AS "uploadedAt"`;

/** The advisory lock class of an owner's files: uploads to one report or feedback count and insert one after another. */
const OWNER_FILES_LOCK_CLASS = 280;

/** The SQL of the files kept with task reports and notice feedback (meetings.attachments). */
@Injectable()
export class MeetingAttachmentsStore {
  /** The report if the caller may see it (its task's policies decide), its files locked for this transaction. */
  async lockReport(em: EntityManager, reportId: string): Promise<LockedOwner | null> {
    const [owner] = await em.query(
      `SELECT r.tenant_id AS "tenantId", r.tenant_path::text AS "tenantPath", r.task_id AS "parentId", r.id, r.reporter_id AS "authorId", false AS decided
         FROM meetings.task_reports r WHERE r.id = $1`,
      [reportId],
    );
    return owner ? this.counted(em, { ...owner, kind: AttachmentOwnerKind.TASK_REPORT }, 'report_id') : null;
  }

  /** The feedback if the caller may see it (its notice's policies decide), its files locked for this transaction. */
  async lockFeedback(em: EntityManager, feedbackId: string): Promise<LockedOwner | null> {
    const [owner] = await em.query(
      `SELECT f.tenant_id AS "tenantId", f.tenant_path::text AS "tenantPath", f.notice_id AS "parentId", f.id, f.submitted_by_id AS "authorId",
              f.decision IS NOT NULL AS decided
         FROM meetings.notice_feedback f WHERE f.id = $1`,
      [feedbackId],
    );
    return owner ? this.counted(em, { ...owner, kind: AttachmentOwnerKind.NOTICE_FEEDBACK }, 'feedback_id') : null;
  }

  private async counted(em: EntityManager, owner: Omit<LockedOwner, 'attachmentCount'>, column: 'report_id' | 'feedback_id'): Promise<LockedOwner> {
    await em.query(`SELECT pg_advisory_xact_lock(${OWNER_FILES_LOCK_CLASS}, hashtext($1::text))`, [owner.id]);
    const [{ count }] = await em.query(`SELECT count(*)::int AS count FROM meetings.attachments WHERE tenant_id = $1 AND ${column} = $2`, [
      owner.tenantId,
      owner.id,
    ]);
    return { ...owner, attachmentCount: count };
  }

  async userName(em: EntityManager, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [user] = await em.query(`SELECT display_name AS name FROM core.users WHERE id = $1`, [userId]);
    return user?.name ?? null;
  }

  /** Inserts the files of one upload under their owner's tenant and path; the policy re-checks the owner. */
  insert(
    em: EntityManager,
    owner: LockedOwner,
    uploader: { id: string | null; name: string },
    files: readonly NewMeetingAttachment[],
  ): Promise<MeetingAttachmentRow[]> {
    const report = owner.kind === AttachmentOwnerKind.TASK_REPORT;
    return em.query(
      `INSERT INTO meetings.attachments AS a (tenant_id, tenant_path, owner_kind, task_id, report_id, notice_id, feedback_id,
                                             file_name, media_type, size_bytes, sha256, storage_key, description, uploaded_by, uploaded_by_name)
       SELECT $1, $2::ltree, $3, $4::uuid, $5::uuid, $6::uuid, $7::uuid, f.file_name, f.media_type, f.size_bytes, f.sha256, f.storage_key, f.description, $8, $9
         FROM unnest($10::text[], $11::text[], $12::int[], $13::text[], $14::text[], $15::text[]) WITH ORDINALITY
              f (file_name, media_type, size_bytes, sha256, storage_key, description, ordinal)
        ORDER BY f.ordinal
       RETURNING ${COLUMNS}`,
      [
        owner.tenantId,
        owner.tenantPath,
        owner.kind,
        report ? owner.parentId : null,
        report ? owner.id : null,
        report ? null : owner.parentId,
        report ? null : owner.id,
        uploader.id,
        uploader.name,
        files.map((f) => f.fileName),
        files.map((f) => f.mediaType),
        files.map((f) => f.stored.size),
        files.map((f) => f.stored.sha256),
        files.map((f) => f.stored.key),
        files.map((f) => f.description),
      ],
    );
  }

  /** The files of the reports, in the order they were kept. */
  ofReports(em: EntityManager, reportIds: readonly string[]): Promise<MeetingAttachmentRow[]> {
    return em.query(`SELECT ${COLUMNS} FROM meetings.attachments a WHERE a.report_id = ANY($1::uuid[]) ORDER BY a.uploaded_at, a.id`, [reportIds]);
  }

  /** The files of the feedback, in the order they were kept. */
  ofFeedback(em: EntityManager, feedbackIds: readonly string[]): Promise<MeetingAttachmentRow[]> {
    return em.query(`SELECT ${COLUMNS} FROM meetings.attachments a WHERE a.feedback_id = ANY($1::uuid[]) ORDER BY a.uploaded_at, a.id`, [feedbackIds]);
  }

  async find(em: EntityManager, id: string): Promise<MeetingAttachmentRow | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM meetings.attachments a WHERE a.id = $1`, [id]);
    return row ?? null;
  }
}
