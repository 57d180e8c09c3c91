import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MessageChannel, MessageKind, MessageStatus } from './domain/index.js';

/** A petitioner of a case as the messages need them: contact ciphertext and masks, never in clear. */
export interface ContactRow {
  id: string;
  name: string;
  representative: boolean;
  phoneCipher: string | null;
  phoneMasked: string | null;
  emailCipher: string | null;
  emailMasked: string | null;
}

/** A message to write, as the step decided it. */
export interface NewMessage {
  id: string;
  tenantId: string;
  tenantPath: string;
  caseTenantId: string;
  caseId: string;
  transitionId: string;
  action: string;
  channel: MessageChannel;
  petitionerId: string;
  recipientCipher: string;
  recipientMasked: string;
  templateKind: MessageKind;
  templateVersion: number;
  body: string;
  createdAt: Date;
}

/** A message as staff read it. */
export interface MessageRow {
  id: string;
  tenantId: string;
  tenantPath: string;
  caseId: string;
  caseNumber: string;
  action: string;
  channel: MessageChannel;
  petitionerId: string;
  petitionerName: string;
  recipientMasked: string;
  templateKind: MessageKind;
  templateVersion: number;
  body: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  provider: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** A message as the sender loads it: with the ciphertext it alone decrypts. */
export interface OutgoingRow {
  id: string;
  tenantId: string;
  tenantPath: string;
  channel: MessageChannel;
  petitionerId: string;
  recipientCipher: string;
  body: string;
  status: MessageStatus;
}

/** See `MessagesStore.stepContext`. */
export interface StepContext {
  transitionId: string;
  handleDeadline: string | null;
  contacts: ContactRow[];
  template: { version: number; text: string } | null;
  office: string | null;
  bureau: string | null;
}

export interface TemplateRow {
  tenantId: string;
  tenantPath: string;
  tenantName: string;
  kind: MessageKind;
  version: number;
  text: string;
  savedByName: string;
  savedAt: Date;
}

export interface MessageListFilter {
  status?: MessageStatus | null;
  caseNumber?: string | null;
}

const MESSAGE_COLUMNS = `m.id, m.tenant_id AS "tenantId", m.tenant_path::text AS "tenantPath", m.case_id AS "caseId", c.number AS "caseNumber",
  m.action, m.channel, m.petitioner_id AS "petitionerId", p.name AS "petitionerName", m.recipient_masked AS "recipientMasked",
  m.template_kind AS "templateKind", m.template_version AS "templateVersion", m.body, m.status, m.attempts, m.last_error AS "lastError",
  m.provider, m.created_at AS "createdAt", m.sent_at AS "sentAt"`;

const MESSAGE_FROM = `cases.petitioner_messages m
  JOIN cases.cases c ON c.tenant_id = m.case_tenant_id AND c.id = m.case_id
  JOIN cases.petitioners p ON p.tenant_id = m.case_tenant_id AND p.id = m.petitioner_id`;

/** Every statement on the petitioner messages and the message templates. */
@Injectable()
export class MessagesStore {
  /**
   * What a committed step's messages need, in one round trip: the step (the case's latest timeline
   * row), the handling deadline in force, the petitioners' contact ciphertext, the template of the
   * kind in force for the acting office (its own or its nearest ancestor's latest), and the office's
   * name and petition bureau to sign with.
   */
  async stepContext(em: EntityManager, s: { caseId: string; tenantId: string; tenantPath: string; kind: MessageKind }): Promise<StepContext> {
    const [row] = await em.query(
      `SELECT (SELECT t.id FROM cases.case_transitions t WHERE t.case_id = $1 ORDER BY t.seq DESC LIMIT 1) AS "transitionId",
              (SELECT s.deadline::text FROM cases.case_stages s WHERE s.case_id = $1 AND s.stage = 'HANDLE' AND s.stopped_on IS NULL LIMIT 1) AS "handleDeadline",
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'representative', p.representative,
                        'phoneCipher', p.phone_cipher, 'phoneMasked', p.phone_masked, 'emailCipher', p.email_cipher, 'emailMasked', p.email_masked)
                        ORDER BY p.ordinal), '[]')
                 FROM cases.petitioners p WHERE p.case_id = $1) AS contacts,
              (SELECT jsonb_build_object('version', m.version, 'text', m.text) FROM cases.message_templates m
                WHERE m.kind = $4 AND m.tenant_path @> $3::ltree ORDER BY nlevel(m.tenant_path) DESC, m.version DESC LIMIT 1) AS template,
              (SELECT t.name FROM core.tenant_in_lineage($2) t) AS office,
              (SELECT u.name FROM core.units u WHERE u.tenant_id = $2 AND u.kind = 'PETITION_BUREAU' ORDER BY u.name LIMIT 1) AS bureau`,
      [s.caseId, s.tenantId, s.tenantPath, s.kind],
    );
    return row;
  }

  /** The template of each kind in force for an office: its own or its nearest ancestor's, latest version. */
  effectiveTemplates(em: EntityManager, tenantPath: string): Promise<TemplateRow[]> {
    return em.query(
      `SELECT DISTINCT ON (m.kind) m.tenant_id AS "tenantId", m.tenant_path::text AS "tenantPath", coalesce(t.name, '') AS "tenantName",
              m.kind, m.version, m.text, m.saved_by_name AS "savedByName", m.saved_at AS "savedAt"
         FROM cases.message_templates m
         LEFT JOIN LATERAL (SELECT name FROM core.tenant_in_lineage(m.tenant_id)) t ON true
        WHERE m.tenant_path @> $1::ltree
        ORDER BY m.kind, nlevel(m.tenant_path) DESC, m.version DESC`,
      [tenantPath],
    );
  }

  /** The latest version an office saved of a kind (0: none). */
  async ownTemplateVersion(em: EntityManager, tenantId: string, kind: MessageKind): Promise<number> {
    const [row] = await em.query(`SELECT coalesce(max(version), 0)::int AS version FROM cases.message_templates WHERE tenant_id = $1 AND kind = $2`, [
      tenantId,
      kind,
    ]);
    return row.version;
  }

  /** Saves a version; false when a concurrent save took that version first. */
  async insertTemplate(
    em: EntityManager,
    t: { tenantId: string; tenantPath: string; kind: MessageKind; version: number; text: string; savedBy: string | null; savedByName: string; at: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO cases.message_templates (tenant_id, tenant_path, kind, version, text, saved_by, saved_by_name, saved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING version`,
      [t.tenantId, t.tenantPath, t.kind, t.version, t.text, t.savedBy, t.savedByName, t.at],
    );
    return rows.length === 1;
  }

  /** Writes a step's messages; those the step already wrote (a redelivery) are skipped. Returns the ids written. */
  async insertMessages(em: EntityManager, messages: readonly NewMessage[]): Promise<string[]> {
    if (!messages.length) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO cases.petitioner_messages (id, tenant_id, tenant_path, case_tenant_id, case_id, transition_id, action, channel, petitioner_id,
              recipient_cipher, recipient_masked, template_kind, template_version, body, created_at)
       SELECT m.id, m."tenantId", m."tenantPath"::ltree, m."caseTenantId", m."caseId", m."transitionId", m.action, m.channel, m."petitionerId",
              m."recipientCipher", m."recipientMasked", m."templateKind", m."templateVersion", m.body, m."createdAt"
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, "tenantId" uuid, "tenantPath" text, "caseTenantId" uuid, "caseId" uuid, "transitionId" uuid,
              action text, channel text, "petitionerId" uuid, "recipientCipher" text, "recipientMasked" text, "templateKind" text,
              "templateVersion" integer, body text, "createdAt" timestamptz)
       ON CONFLICT (transition_id, channel, petitioner_id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(messages)],
    );
    return rows.map((r) => r.id);
  }

  /** The messages of cases, oldest first (the caller's row-level security decides which). */
  messagesOfCases(em: EntityManager, caseIds: readonly string[]): Promise<MessageRow[]> {
    return em.query(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.case_id = ANY ($1::uuid[]) ORDER BY m.created_at, m.channel DESC, m.id`, [caseIds]);
  }

  /** The messages sent by offices of the caller's subtree, newest first, after a keyset cursor. */
  list(em: EntityManager, subtree: string, filter: MessageListFilter, limit: number, after: readonly [string, string] | null): Promise<MessageRow[]> {
    const params: unknown[] = [subtree, limit];
    const where = ['m.tenant_path <@ $1::ltree'];
    if (filter.status) where.push(`m.status = $${params.push(filter.status)}`);
    if (filter.caseNumber?.trim()) where.push(`c.number = $${params.push(filter.caseNumber.trim())}`);
    if (after) where.push(`(m.created_at, m.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return em.query(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE ${where.join(' AND ')} ORDER BY m.created_at DESC, m.id DESC LIMIT $2`, params);
  }

  async find(em: EntityManager, id: string): Promise<MessageRow | null> {
    const [row] = await em.query(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1`, [id]);
    return row ?? null;
  }

  /** A failed message queued again (by staff who see its case); true when it was FAILED. */
  async requeue(em: EntityManager, id: string): Promise<boolean> {
    const [, updated] = await em.query(`UPDATE cases.petitioner_messages SET status = 'QUEUED', last_error = NULL WHERE id = $1 AND status = 'FAILED'`, [id]);
    return updated === 1;
  }

  /** The sender's view of a message, with the recipient's ciphertext. */
  async outgoing(em: EntityManager, id: string): Promise<OutgoingRow | null> {
    const [row] = await em.query(
      `SELECT id, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", channel, petitioner_id AS "petitionerId",
              recipient_cipher AS "recipientCipher", body, status
         FROM cases.petitioner_messages WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async recordSent(em: EntityManager, id: string, s: { provider: string; providerId: string; at: Date }): Promise<void> {
    await em.query(
      `UPDATE cases.petitioner_messages SET status = 'SENT', attempts = attempts + 1, provider = $2, provider_id = $3, sent_at = $4, last_error = NULL WHERE id = $1`,
      [id, s.provider, s.providerId, s.at],
    );
  }

  async recordFailure(em: EntityManager, id: string, f: { status: MessageStatus; error: string; provider: string | null }): Promise<void> {
    await em.query(
      `UPDATE cases.petitioner_messages SET status = $2, attempts = attempts + 1, last_error = $3, provider = coalesce($4, provider) WHERE id = $1 AND status <> 'SENT'`,
      [id, f.status, f.error.slice(0, 500), f.provider],
    );
  }
}
