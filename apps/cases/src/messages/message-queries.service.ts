import { Injectable } from '@nestjs/common';
import { decodeCursor, toConnection, type Connection } from '#common/graphql';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { DEFAULT_TEMPLATES, KIND_PLACEHOLDERS, MessageKind } from './domain/index.js';
import { DEV_SINK } from './providers/dev-sink.provider.js';
import { MessagesStore, type MessageListFilter, type MessageRow } from './messages.store.js';
import { placeholderList, type MessageTemplate, type PetitionerMessage } from './dto/message.types.js';

function toMessage(row: MessageRow): PetitionerMessage {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    kind: row.templateKind,
    channel: row.channel,
    petitionerName: row.petitionerName,
    recipient: row.recipientMasked,
    body: row.body,
    status: row.status,
    sentToDevInbox: row.provider === DEV_SINK,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

/** Reads of petitioners' messages and of the templates in force, under the caller's row-level security. */
@Injectable()
export class MessageQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MessagesStore,
  ) {}

  async ofCases(ctx: TenantContext, caseIds: readonly string[]): Promise<(PetitionerMessage & { caseId: string })[]> {
    return (await this.transactions.run(ctx, (em) => this.store.messagesOfCases(em, caseIds))).map(toMessage);
  }

  /** The messages the caller's subtree sent, newest first. */
  async list(ctx: TenantContext, filter: MessageListFilter, page: { first: number; after?: string }): Promise<Connection<PetitionerMessage>> {
    const after = decodeCursor(page.after, ['timestamp', 'uuid']);
    const rows = await this.transactions.run(ctx, (em) => this.store.list(em, ctx.tenantPath, filter, page.first + 1, after ? [after[0], after[1]] : null));
    const connection = toConnection(rows, page.first, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toMessage(e.node) })) };
  }

  async message(ctx: TenantContext, id: string): Promise<PetitionerMessage | null> {
    const row = await this.transactions.run(ctx, (em) => this.store.find(em, id));
    return row ? toMessage(row) : null;
  }

  /** Every kind's template in force for the caller's office, with the office's own version to save against. */
  templates(ctx: TenantContext): Promise<MessageTemplate[]> {
    return this.transactions.run(ctx, async (em) => {
      const effective = await this.store.effectiveTemplates(em, ctx.tenantPath);
      const result: MessageTemplate[] = [];
      for (const kind of Object.values(MessageKind)) {
        const template = effective.find((t) => t.kind === kind);
        const own = template?.tenantId === ctx.tenantId;
        result.push({
          kind,
          text: template?.text ?? DEFAULT_TEMPLATES[kind],
          version: template?.version ?? 0,
          ownerTenantName: template?.tenantName ?? null,
          own,
          ownVersion: own ? template!.version : await this.store.ownTemplateVersion(em, ctx.tenantId, kind),
          placeholders: placeholderList(KIND_PLACEHOLDERS[kind]),
          defaultText: DEFAULT_TEMPLATES[kind],
        });
      }
      return result;
    });
  }
}
