import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { CaseInstrumentKind } from './domain/index.js';
import type { CaseInstrumentRow, InstrumentFile, InstrumentTemplateRow, NewCaseInstrument } from './entities/instrument.entity.js';

/** What a step's instrument says of the case beyond the case row: whom it addresses, the step, the running handling clock. */
export interface StepContext {
  petitionerName: string | null;
  transitionId: string;
  handleDeadline: IsoDate | null;
}

/** The issuing office: its tenant and the unit the acting user works in (else the tenant's petition bureau), and the user's name. */
export interface IssuingOffice {
  tenantId: string;
  tenantPath: string;
  tenantName: string;
  unitName: string | null;
  userName: string | null;
}

const INSTRUMENT_COLUMNS = `i.id, i.tenant_id AS "tenantId", i.case_id AS "caseId", c.number AS "caseNumber", i.transition_id AS "transitionId",
  i.kind, i.addressee, i.addressee_name AS "addresseeName", i.document_number AS "documentNumber", i.title,
  i.template_tenant_id AS "templateTenantId", i.template_version AS "templateVersion", i.sha256, i.size_bytes AS "sizeBytes",
  i.issuing_tenant_id AS "issuingTenantId", i.issuing_tenant_name AS "issuingTenantName", i.issued_by AS "issuedBy",
  i.issued_by_name AS "issuedByName", i.issued_on::text AS "issuedOn", i.issued_at AS "issuedAt"`;

const TEMPLATE_COLUMNS = `t.tenant_id AS "tenantId", o.name AS "tenantName", t.kind, t.version, t.title, t.paragraphs,
  t.saved_by_name AS "savedByName", t.saved_at AS "savedAt"`;

/** Every SQL statement on a case's instruments, their numbering counters and the offices' templates. */
@Injectable()
export class InstrumentsStore {
  /** The petitioner addressed (a representative first, else the first registered), the step just written, the open HANDLE clock. */
  async stepContext(em: EntityManager, caseId: string): Promise<StepContext> {
    const [row] = await em.query(
      `SELECT (SELECT p.name FROM cases.petitioners p WHERE p.case_id = $1 ORDER BY p.representative DESC, p.ordinal LIMIT 1) AS "petitionerName",
              (SELECT t.id FROM cases.case_transitions t WHERE t.case_id = $1 ORDER BY t.seq DESC LIMIT 1) AS "transitionId",
              (SELECT s.deadline::text FROM cases.case_stages s WHERE s.case_id = $1 AND s.stage = 'HANDLE' AND s.stopped_on IS NULL) AS "handleDeadline"`,
      [caseId],
    );
    return row;
  }

  async issuingOffice(em: EntityManager, tenantId: string, unitId: string | null, userId: string | null): Promise<IssuingOffice | null> {
    const [row] = await em.query(
      `SELECT t.id AS "tenantId", t.path AS "tenantPath", t.name AS "tenantName",
              (SELECT u.name FROM core.units u
                WHERE u.tenant_id = t.id AND (u.id = $2 OR ($2::uuid IS NULL AND u.kind = 'PETITION_BUREAU'))
                ORDER BY u.name LIMIT 1) AS "unitName",
              (SELECT u.display_name FROM core.users u WHERE u.id = $3) AS "userName"
         FROM core.tenant_in_lineage($1) t`,
      [tenantId, unitId, userId],
    );
    return row ?? null;
  }

  /**
   * The next number of a series of the office for the year. The counter row stays locked until
   * the issuing transaction ends: a concurrent step waits, and a step that fails gives its number back.
   */
  async nextNumber(em: EntityManager, office: Pick<IssuingOffice, 'tenantId' | 'tenantPath'>, series: string, year: number): Promise<number> {
    const [row] = await em.query(
      `INSERT INTO cases.instrument_counters AS k (tenant_id, tenant_path, series, year, last_number) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (tenant_id, series, year) DO UPDATE SET last_number = k.last_number + 1
       RETURNING last_number AS "lastNumber"`,
      [office.tenantId, office.tenantPath, series, year],
    );
    return row.lastNumber;
  }

  /** Whether the step already issued an instrument of the kind (a step run again issues nothing and takes no number). */
  async issued(em: EntityManager, transitionId: string, kind: CaseInstrumentKind): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM cases.instruments WHERE transition_id = $1 AND kind = $2`, [transitionId, kind]);
    return rows.length > 0;
  }

  /** Writes an instrument unless its step already issued one of the kind; true when written. */
  async insert(em: EntityManager, row: NewCaseInstrument): Promise<boolean> {
    const written: unknown[] = await em.query(
      `INSERT INTO cases.instruments (tenant_id, tenant_path, case_id, transition_id, kind, addressee, addressee_name, document_number, title, text,
                                      template_tenant_id, template_version, content, sha256, size_bytes, issuing_tenant_id, issuing_tenant_name,
                                      issued_by, issued_by_name, issued_on, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       ON CONFLICT (transition_id, kind) DO NOTHING RETURNING id`,
      [
        row.tenantId,
        row.tenantPath,
        row.caseId,
        row.transitionId,
        row.kind,
        row.addressee,
        row.addresseeName,
        row.documentNumber,
        row.title,
        JSON.stringify(row.text),
        row.templateTenantId,
        row.templateVersion,
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
    return written.length > 0;
  }

  /** The instruments of these cases the caller sees, in the order of the steps that issued them. */
  instrumentsOf(em: EntityManager, caseIds: readonly string[], addressee?: string): Promise<CaseInstrumentRow[]> {
    return em.query(
      `SELECT ${INSTRUMENT_COLUMNS}
         FROM cases.instruments i
         JOIN cases.cases c ON c.tenant_id = i.tenant_id AND c.id = i.case_id
         JOIN cases.case_transitions t ON t.tenant_id = i.tenant_id AND t.id = i.transition_id
        WHERE i.case_id = ANY ($1::uuid[]) AND ($2::text IS NULL OR i.addressee = $2)
        ORDER BY i.case_id, t.seq, i.kind`,
      [caseIds, addressee ?? null],
    );
  }

  async file(em: EntityManager, id: string, addressee?: string): Promise<InstrumentFile | null> {
    const [row] = await em.query(
      `SELECT i.id, i.title, c.number AS "caseNumber", i.content
         FROM cases.instruments i JOIN cases.cases c ON c.tenant_id = i.tenant_id AND c.id = i.case_id
        WHERE i.id = $1 AND ($2::text IS NULL OR i.addressee = $2)`,
      [id, addressee ?? null],
    );
    return row ?? null;
  }

  /** Per kind, the latest version of the nearest office at or above `path` that wrote one. */
  effectiveTemplates(em: EntityManager, path: string, kinds?: readonly CaseInstrumentKind[]): Promise<InstrumentTemplateRow[]> {
    return em.query(
      `SELECT DISTINCT ON (t.kind) ${TEMPLATE_COLUMNS}
         FROM cases.instrument_templates t CROSS JOIN LATERAL core.tenant_in_lineage(t.tenant_id) o
        WHERE $1::ltree <@ t.tenant_path AND ($2::text[] IS NULL OR t.kind = ANY ($2))
        ORDER BY t.kind, nlevel(t.tenant_path) DESC, t.version DESC`,
      [path, kinds ?? null],
    );
  }

  /** The office's own latest version of a kind's template; 0 when it has none. */
  async ownVersion(em: EntityManager, tenantId: string, kind: CaseInstrumentKind): Promise<number> {
    const [row] = await em.query(`SELECT coalesce(max(version), 0)::int AS version FROM cases.instrument_templates WHERE tenant_id = $1 AND kind = $2`, [
      tenantId,
      kind,
    ]);
    return row.version;
  }

  /** Saves a new version; false when another save took that version first. */
  async insertTemplate(
    em: EntityManager,
    row: { tenantId: string; tenantPath: string; kind: CaseInstrumentKind; version: number; title: string; paragraphs: readonly string[] },
    by: { id: string | null; name: string },
    at: Date,
  ): Promise<boolean> {
    const written: unknown[] = await em.query(
      `INSERT INTO cases.instrument_templates (tenant_id, tenant_path, kind, version, title, paragraphs, saved_by, saved_by_name, saved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING version`,
      [row.tenantId, row.tenantPath, row.kind, row.version, row.title, JSON.stringify(row.paragraphs), by.id, by.name, at],
    );
    return written.length > 0;
  }
}
