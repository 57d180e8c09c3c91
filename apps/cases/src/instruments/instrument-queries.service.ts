import { Injectable } from '@nestjs/common';
import { notFound } from '#common/errors';
import { DOCX_CONTENT_TYPE } from '#common/instruments';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { CASE_INSTRUMENT_KINDS, DEFAULT_TEMPLATES, InstrumentAddressee, placeholdersOf } from './domain/index.js';
import { InstrumentsStore } from './instruments.store.js';
import type { CaseInstrumentRow } from './entities/instrument.entity.js';
import { InstrumentTemplateSource, type InstrumentTemplateView } from './dto/instrument.types.js';

/** An instrument's file as sent: its name (`<title>_<case number>.docx`), media type and bytes. */
export interface InstrumentDownload {
  fileName: string;
  /** An ASCII name for clients that do not read RFC 5987. */
  asciiFileName: string;
  mediaType: string;
  content: Buffer;
}

/** Where the console downloads an instrument (the gateway forwards /files/cases/ to this service). */
export const instrumentDownloadUrl = (id: string) => `/files/cases/instruments/${id}`;

/** Reads of a case's instruments (its file, 一案一卷) and of the templates in force, under the caller's row-level security. */
@Injectable()
export class InstrumentQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: InstrumentsStore,
  ) {}

  instrumentsOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseInstrumentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.instrumentsOf(em, caseIds));
  }

  /** A staff download: any instrument of a case the caller sees; NOT_FOUND otherwise. */
  file(ctx: TenantContext, id: string): Promise<InstrumentDownload> {
    return this.download(ctx, id);
  }

  /** The portal's list: the instruments addressed to the petitioner (run with a system context of the case's tenant). */
  forPetitioner(ctx: TenantContext, caseId: string): Promise<CaseInstrumentRow[]> {
    return this.transactions.run(ctx, (em) => this.store.instrumentsOf(em, [caseId], InstrumentAddressee.PETITIONER));
  }

  /** The portal's download of one of them; NOT_FOUND for any other instrument. */
  content(ctx: TenantContext, id: string): Promise<InstrumentDownload> {
    return this.download(ctx, id, InstrumentAddressee.PETITIONER);
  }

  /** For each kind, the template the caller's office issues with: its own, the nearest ancestor's, or the built-in one. */
  templates(ctx: TenantContext): Promise<InstrumentTemplateView[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows = new Map((await this.store.effectiveTemplates(em, ctx.tenantPath)).map((row) => [row.kind, row]));
      return CASE_INSTRUMENT_KINDS.map((kind) => {
        const row = rows.get(kind);
        const source = !row
          ? InstrumentTemplateSource.DEFAULT
          : row.tenantId === ctx.tenantId
            ? InstrumentTemplateSource.OWN
            : InstrumentTemplateSource.INHERITED;
        const template = row ?? DEFAULT_TEMPLATES[kind];
        return {
          kind,
          title: template.title,
          paragraphs: [...template.paragraphs],
          source,
          sourceTenantName: row?.tenantName ?? null,
          version: row?.version ?? 0,
          ownVersion: source === InstrumentTemplateSource.OWN ? row!.version : 0,
          placeholders: Object.entries(placeholdersOf(kind)).map(([name, description]) => ({ name, description })),
        };
      });
    });
  }

  private async download(ctx: TenantContext, id: string, addressee?: InstrumentAddressee): Promise<InstrumentDownload> {
    const file = await this.transactions.run(ctx, (em) => this.store.file(em, id, addressee));
    if (!file) throw notFound('文书');
    return {
      fileName: `${file.title}_${file.caseNumber}.docx`,
      asciiFileName: `instrument_${file.caseNumber.replace(/[^\w.-]/g, '_')}.docx`,
      mediaType: DOCX_CONTENT_TYPE,
      content: file.content,
    };
  }
}
