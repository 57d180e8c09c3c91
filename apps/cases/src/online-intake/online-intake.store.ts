import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import type { StoredContent } from '#common/files';
import { CaseEntity, CaseStageEntity } from '../cases/entities/index.js';
import type { OnlineSubmissionStatus } from './domain/progress.js';

/** An office as the portal shows it: tenants are not secret. */
export interface PortalOffice {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  path: string;
}

export interface SubmissionRow {
  tenantId: string;
  id: string;
  tenantPath: string;
  officeName: string;
  kind: string;
  categoryId: string | null;
  title: string;
  content: string;
  petitionerName: string;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  address: string | null;
  status: OnlineSubmissionStatus;
  rejectionReason: string | null;
  caseId: string | null;
  caseNumber: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  submittedAt: Date;
  registerBy: Date;
  clientAddress: string;
  version: number;
}

export type NewSubmission = Omit<
  SubmissionRow,
  'officeName' | 'status' | 'rejectionReason' | 'caseId' | 'caseNumber' | 'decidedBy' | 'decidedAt' | 'version'
> & {
  queryCodeHash: string;
};

export interface NewSubmissionFile {
  stored: StoredContent;
  fileName: string;
  mediaType: string;
}

export interface SubmissionAttachment {
  id: string;
  submissionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** Which submissions a queue shows: a status, one office's subtree. */
export interface SubmissionSelection {
  status?: OnlineSubmissionStatus | null;
  tenantId?: string | null;
}

/** Where a query code leads, before anyone knows the ID number's tail. */
export interface CodeTarget {
  id: string;
  tenantId: string;
  tenantPath: string;
}

const SELECT_SUBMISSION = `
  SELECT s.tenant_id AS "tenantId", s.id, s.tenant_path::text AS "tenantPath", t.name AS "officeName", s.kind,
         s.category_id AS "categoryId", s.title, s.content, s.petitioner_name AS "petitionerName",
         s.id_number_cipher AS "idNumberCipher", s.id_number_hash AS "idNumberHash", s.id_number_masked AS "idNumberMasked",
         s.phone_cipher AS "phoneCipher", s.phone_hash AS "phoneHash", s.phone_masked AS "phoneMasked", s.address,
         s.status, s.rejection_reason AS "rejectionReason", s.case_id AS "caseId", c.number AS "caseNumber",
         s.decided_by AS "decidedBy", s.decided_at AS "decidedAt", s.submitted_at AS "submittedAt",
         s.register_by AS "registerBy", s.client_address AS "clientAddress", s.version
    FROM cases.online_submissions s
    JOIN core.tenants t ON t.id = s.tenant_id
    LEFT JOIN cases.cases c ON c.tenant_id = s.tenant_id AND c.id = s.case_id`;

/** The SQL of online submissions (cases.online_submissions), their files and the portal's lookups. */
@Injectable()
export class OnlineIntakeStore {
  offices(em: EntityManager): Promise<PortalOffice[]> {
    return em.query(`SELECT id, code, name, level, parent_id AS "parentId", path FROM cases.portal_offices()`);
  }

  async office(em: EntityManager, id: string): Promise<PortalOffice | null> {
    const [row]: PortalOffice[] = await em.query(`SELECT id, code, name, level, parent_id AS "parentId", path FROM cases.portal_offices() WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The tightenings of the same-day clock set by the office and its ancestors. */
  async tightenings(em: EntityManager, tenantPath: string): Promise<(number | null)[]> {
    const rows: { hours: number | null }[] = await em.query(
      `SELECT register_within_hours AS hours FROM cases.online_intake_settings WHERE tenant_path @> $1::ltree`,
      [tenantPath],
    );
    return rows.map((row) => row.hours);
  }

  /** The office's own tightening (null: none set). */
  async ownTightening(em: EntityManager, tenantId: string): Promise<number | null> {
    const [row]: { hours: number | null }[] = await em.query(`SELECT register_within_hours AS hours FROM cases.online_intake_settings WHERE tenant_id = $1`, [
      tenantId,
    ]);
    return row?.hours ?? null;
  }

  async setTightening(em: EntityManager, tenant: { tenantId: string; tenantPath: string }, hours: number | null): Promise<void> {
    await em.query(
      `INSERT INTO cases.online_intake_settings (tenant_id, tenant_path, register_within_hours) VALUES ($1, $2::ltree, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET register_within_hours = EXCLUDED.register_within_hours, version = cases.online_intake_settings.version + 1`,
      [tenant.tenantId, tenant.tenantPath, hours],
    );
  }

  async insert(em: EntityManager, s: NewSubmission, files: readonly NewSubmissionFile[]): Promise<void> {
    await em.query(
      `INSERT INTO cases.online_submissions (tenant_id, id, tenant_path, kind, category_id, title, content, petitioner_name,
         id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_hash, phone_masked, address,
         query_code_hash, submitted_at, register_by, client_address)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        s.tenantId,
        s.id,
        s.tenantPath,
        s.kind,
        s.categoryId,
        s.title,
        s.content,
        s.petitionerName,
        s.idNumberCipher,
        s.idNumberHash,
        s.idNumberMasked,
        s.phoneCipher,
        s.phoneHash,
        s.phoneMasked,
        s.address,
        s.queryCodeHash,
        s.submittedAt,
        s.registerBy,
        s.clientAddress,
      ],
    );
    for (const file of files) {
      await em.query(
        `INSERT INTO cases.attachments (tenant_id, tenant_path, submission_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by_name, uploaded_at)
         VALUES ($1, $2::ltree, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [s.tenantId, s.tenantPath, s.id, file.fileName, file.mediaType, file.stored.size, file.stored.sha256, file.stored.key, s.petitionerName, s.submittedAt],
      );
    }
  }

  async byCodeHash(em: EntityManager, codeHash: string): Promise<CodeTarget | null> {
    const [row]: CodeTarget[] = await em.query(
      `SELECT id, tenant_id AS "tenantId", tenant_path AS "tenantPath" FROM cases.online_submission_by_code_hash($1)`,
      [codeHash],
    );
    return row ?? null;
  }

  async find(em: EntityManager, id: string, forUpdate = false): Promise<SubmissionRow | null> {
    const [row]: SubmissionRow[] = await em.query(`${SELECT_SUBMISSION} WHERE s.id = $1${forUpdate ? ' FOR UPDATE OF s' : ''}`, [id]);
    return row ?? null;
  }

  /** Oldest first (the queue is worked in order), after the (submitted_at, id) key when given. */
  list(em: EntityManager, selection: SubmissionSelection, limit: number, after: [string, string] | null): Promise<SubmissionRow[]> {
    const { where, params } = this.where(selection);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(s.submitted_at, s.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return em.query(`${SELECT_SUBMISSION} WHERE ${where.join(' AND ')} ORDER BY s.submitted_at, s.id LIMIT $${params.length}`, params);
  }

  async count(em: EntityManager, selection: SubmissionSelection): Promise<number> {
    const { where, params } = this.where(selection);
    const [row]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM cases.online_submissions s WHERE ${where.join(' AND ')}`, params);
    return row.n;
  }

  private where(selection: SubmissionSelection): { where: string[]; params: unknown[] } {
    const where = ['TRUE'];
    const params: unknown[] = [];
    if (selection.status) {
      params.push(selection.status);
      where.push(`s.status = $${params.length}::cases.online_submission_status`);
    }
    if (selection.tenantId) {
      params.push(selection.tenantId);
      where.push(`s.tenant_path <@ (SELECT t.path FROM core.tenants t WHERE t.id = $${params.length})`);
    }
    return { where, params };
  }

  attachments(em: EntityManager, submissionIds: readonly string[]): Promise<SubmissionAttachment[]> {
    return em.query(
      `SELECT a.id, a.submission_id AS "submissionId", a.file_name AS "fileName", a.media_type AS "mediaType",
              a.size_bytes AS "sizeBytes", a.uploaded_at AS "uploadedAt"
         FROM cases.attachments a WHERE a.submission_id = ANY ($1::uuid[]) ORDER BY a.uploaded_at, a.file_name, a.id`,
      [submissionIds],
    );
  }

  /** Moves a submission on from SUBMITTED when it still has the version the user saw; false when it did not. */
  async decide(
    em: EntityManager,
    change: { id: string; version: number; status: OnlineSubmissionStatus; caseId: string | null; rejectionReason: string | null; by: string | null; at: Date },
  ): Promise<boolean> {
    const [row]: { n: number }[] = await em.query(
      `WITH changed AS (
         UPDATE cases.online_submissions
            SET status = $3::cases.online_submission_status, case_id = $4, rejection_reason = $5, decided_by = $6, decided_at = $7, version = version + 1
          WHERE id = $1 AND version = $2 AND status = 'SUBMITTED'
          RETURNING id)
       SELECT count(*)::int AS n FROM changed`,
      [change.id, change.version, change.status, change.caseId, change.rejectionReason, change.by, change.at],
    );
    return row.n === 1;
  }

  /** The submission's files become the case's (一案一卷). */
  async bindAttachments(em: EntityManager, submissionId: string, caseId: string): Promise<void> {
    await em.query(`UPDATE cases.attachments SET case_id = $2 WHERE submission_id = $1 AND case_id IS NULL`, [submissionId, caseId]);
  }

  findCase(em: EntityManager, caseId: string): Promise<CaseEntity | null> {
    return em.getRepository(CaseEntity).findOneBy({ id: caseId });
  }

  openStages(em: EntityManager, caseId: string): Promise<CaseStageEntity[]> {
    return em.getRepository(CaseStageEntity).find({ where: { caseId, stoppedOn: IsNull() }, order: { startedOn: 'ASC' } });
  }
}
