import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NewNoticeInstrument, NoticeInstrumentFile, NoticeInstrumentRow } from './entities/notice-instrument.entity.js';

/** Every SQL statement on the notices' 督办单 and their numbering. */
@Injectable()
export class NoticeInstrumentsStore {
  /** The issuer's next number of a series for the year; its counter row stays locked until the transaction ends. */
  async nextNumber(em: EntityManager, issuer: { id: string; path: string }, series: string, year: number): Promise<number | null> {
    const [row] = await em.query(`SELECT meetings.next_instrument_number($1, $2::ltree, $3, $4) AS n`, [issuer.id, issuer.path, series, year]);
    return row.n;
  }

  async insert(em: EntityManager, row: NewNoticeInstrument): Promise<void> {
    await em.query(
      `INSERT INTO meetings.notice_instruments (tenant_id, tenant_path, notice_id, kind, document_number, title, addressee_name, text, content, sha256,
                                                size_bytes, issuing_tenant_id, issuing_tenant_name, issued_by, issued_by_name, issued_on, issued_at)
       VALUES ($1, $2, $3, 'SUPERVISION_NOTICE', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (notice_id, kind) DO NOTHING`,
      [
        row.tenantId,
        row.tenantPath,
        row.noticeId,
        row.documentNumber,
        row.title,
        row.addresseeName,
        JSON.stringify(row.text),
        row.content,
        row.sha256,
        row.sizeBytes,
        row.issuingTenantId,
        row.issuingTenantName,
        row.issuedBy,
        row.issuedByName,
        row.issuedOn,
        row.issuedAt,
      ],
    );
  }

  instrumentsOf(em: EntityManager, noticeIds: readonly string[]): Promise<NoticeInstrumentRow[]> {
    return em.query(
      `SELECT i.id, i.notice_id AS "noticeId", i.title, i.document_number AS "documentNumber", i.addressee_name AS "addresseeName",
              i.size_bytes AS "sizeBytes", i.issuing_tenant_name AS "issuingTenantName", i.issued_by_name AS "issuedByName", i.issued_on::text AS "issuedOn"
         FROM meetings.notice_instruments i
        WHERE i.notice_id = ANY ($1::uuid[])
        ORDER BY i.issued_at`,
      [noticeIds],
    );
  }

  async file(em: EntityManager, id: string): Promise<NoticeInstrumentFile | null> {
    const [row] = await em.query(
      `SELECT i.title, n.subject_number AS "subjectNumber", i.content
         FROM meetings.notice_instruments i JOIN meetings.notices n ON n.tenant_id = i.tenant_id AND n.id = i.notice_id
        WHERE i.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
