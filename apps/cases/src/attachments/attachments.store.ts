import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StoredContent } from '#common/files';

/** One kept file of a case, as the reads return it. */
export interface AttachmentRow {
  id: string;
  tenantId: string;
  caseId: string;
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

/** A file to keep with a case: what the storage kept and what the upload said of it. */
export interface NewAttachment {
  stored: StoredContent;
  fileName: string;
  mediaType: string;
  description: string | null;
}

/** The case an upload goes to, as row-level security shows it to the uploader. */
export interface AttachedCase {
  tenantId: string;
  id: string;
  number: string;
}

const COLUMNS = `a.id, a.tenant_id AS "tenantId", a.case_id AS "caseId", a.file_name AS "fileName", a.media_type AS "mediaType",
  a.size_bytes AS "sizeBytes", a.sha256, a.storage_key AS "storageKey", a.description, a.uploaded_by AS "uploadedById",
  a.uploaded_by_name AS "uploadedByName", a.uploaded_at AS "uploadedAt"`;

/** The advisory lock class of a case's file: uploads to one case count and insert one after another. */
const CASE_FILE_LOCK_CLASS = 600;

/** The SQL of the files kept with cases (cases.attachments). */
@Injectable()
export class AttachmentsStore {
  /**
   * The case if the caller may see it, its file locked for this transaction so that concurrent
   * uploads cannot together pass the limit.
   */
  async lockCaseFile(em: EntityManager, caseId: string): Promise<(AttachedCase & { attachmentCount: number }) | null> {
    const [kase] = await em.query(`SELECT c.tenant_id AS "tenantId", c.id, c.number FROM cases.cases c WHERE c.id = $1`, [caseId]);
    if (!kase) return null;
    await em.query(`SELECT pg_advisory_xact_lock(${CASE_FILE_LOCK_CLASS}, hashtext($1::text))`, [caseId]);
    const [{ count }] = await em.query(`SELECT count(*)::int AS count FROM cases.attachments WHERE tenant_id = $1 AND case_id = $2`, [kase.tenantId, caseId]);
    return { ...kase, attachmentCount: count };
  }

  async userName(em: EntityManager, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [user] = await em.query(`SELECT display_name AS name FROM core.users WHERE id = $1`, [userId]);
    return user?.name ?? null;
  }

  /** Inserts the files of one upload, the uploader's office as their path; the policy re-checks the case. */
  insert(
    em: EntityManager,
    kase: AttachedCase,
    uploader: { id: string | null; name: string; tenantPath: string },
    files: readonly NewAttachment[],
  ): Promise<AttachmentRow[]> {
    return em.query(
      `INSERT INTO cases.attachments AS a (tenant_id, tenant_path, case_id, file_name, media_type, size_bytes, sha256, storage_key, description,
                                      uploaded_by, uploaded_by_name)
       SELECT $1, $2::ltree, $3, f.file_name, f.media_type, f.size_bytes, f.sha256, f.storage_key, f.description, $4, $5
         FROM unnest($6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[]) WITH ORDINALITY
              f (file_name, media_type, size_bytes, sha256, storage_key, description, ordinal)
        ORDER BY f.ordinal
       RETURNING ${COLUMNS}`,
      [
        kase.tenantId,
        uploader.tenantPath,
        kase.id,
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

  /** The files of the cases, in the order they were kept. */
  ofCases(em: EntityManager, caseIds: readonly string[]): Promise<AttachmentRow[]> {
    return em.query(`SELECT ${COLUMNS} FROM cases.attachments a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.uploaded_at, a.id`, [caseIds]);
  }

  async find(em: EntityManager, id: string): Promise<AttachmentRow | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM cases.attachments a WHERE a.id = $1 AND a.case_id IS NOT NULL`, [id]);
    return row ?? null;
  }
}
