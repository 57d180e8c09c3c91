import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, chinaDateOf } from '#common/clock';
import { AppError, ErrorCode, notFound } from '#common/errors';
import { decodeCursor, toConnection, withTotalCount, type Connection } from '#common/graphql';
import { PiiCipher } from '#common/pii';
import { TenantTransactions, systemContextFor, type TenantContext } from '#common/tenancy';
import { compareDates, type IsoDate } from '#common/calendar';
import type { CaseEntity } from '../cases/entities/index.js';
import { normaliseIdTail, normaliseQueryCode } from './domain/query-code.js';
import { OnlineSubmissionStatus, PROGRESS_STEPS, plainProgress, type PlainProgress } from './domain/progress.js';
import { sameDayClockText, strictestTightening } from './domain/same-day-deadline.js';
import { OnlineIntakeStore, type PortalOffice, type SubmissionAttachment, type SubmissionRow } from './online-intake.store.js';
import { caseAttachmentUrl } from '../attachments/attachment-view.js';
import { InstrumentQueriesService, type InstrumentDownload } from '../instruments/instrument-queries.service.js';
import { PortalThrottle } from './portal-throttle.js';
import type { OnlineIntakeSettings, OnlineSubmission } from './dto/online-submission.types.js';
import type { OnlineSubmissionFilter } from './dto/online-submission.inputs.js';
import type { PortalCaller } from './online-intake.service.js';

export interface PetitionerSecrets {
  queryCode: string;
  idNumberTail: string;
}

/** A written instrument addressed to the petitioner (受理告知书, 处理意见书 …), as the status page lists it. */
export interface PetitionerInstrument {
  id: string;
  title: string;
  documentNumber: string;
  issuedOn: string;
}

export interface Page {
  first: number;
  after?: string;
}

/** What the status page shows: only to a caller holding both secrets. */
export interface PetitionerStatus extends PlainProgress {
  steps: readonly string[];
  officeName: string;
  title: string;
  submittedAt: Date;
  registerBy: Date;
  status: OnlineSubmissionStatus;
  rejectionReason: string | null;
  caseNumber: string | null;
  instruments: PetitionerInstrument[];
  canRate: boolean;
  rating: string | null;
}

/** The context a submission's ciphertext is bound to: moved to another row, it no longer decrypts. */
export function submissionCipherContext(submissionId: string, field: 'idNumber' | 'phone'): string[] {
  return ['cases.online_submissions', submissionId, field];
}

/** The one answer to a wrong pair, whether the code exists or not. */
export const wrongSecrets = () => new AppError(ErrorCode.NOT_FOUND, '查询码或身份证号后四位不正确');

/**
 * Reads of online submissions: the staff queue under row-level security, and the portal's
 * lookups — offices, and a submission with its case for whoever holds the query code and the ID
 * number's last four characters (read as the system of the office concerned, since the
 * petitioner is no user).
 */
@Injectable()
export class OnlineIntakeQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: OnlineIntakeStore,
    private readonly throttle: PortalThrottle,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    private readonly instruments: InstrumentQueriesService,
  ) {}

  codeHash(code: string): string {
    return this.cipher.blindIndex(`online-submission:${code}`);
  }

  offices(): Promise<PortalOffice[]> {
    return this.transactions.runAnonymous((em) => this.store.offices(em));
  }

  async list(ctx: TenantContext, filter: OnlineSubmissionFilter, page: Page): Promise<Connection<OnlineSubmission>> {
    const after = decodeCursor(page.after, ['timestamp', 'uuid']);
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.list(em, filter, page.first + 1, after ? [after[0], after[1]] : null);
      const files = await this.store.attachments(
        em,
        rows.map((r) => r.id),
      );
      const connection = toConnection(
        rows.map((row) => this.view(row, files)),
        page.first,
        (s) => [s.submittedAt.toISOString(), s.id],
      );
      return withTotalCount(connection, () => this.transactions.run(ctx, (em2) => this.store.count(em2, filter)));
    });
  }

  async one(ctx: TenantContext, id: string): Promise<OnlineSubmission | null> {
    return this.transactions.run(ctx, async (em) => {
      const row = await this.store.find(em, id);
      return row ? this.view(row, await this.store.attachments(em, [row.id])) : null;
    });
  }

  /** The office's own tightening and the one that applies to it (the strictest along its chain). */
  settings(ctx: TenantContext): Promise<OnlineIntakeSettings> {
    return this.transactions.run(ctx, async (em) => ({
      tenantId: ctx.tenantId,
      registerWithinHours: await this.store.ownTightening(em, ctx.tenantId),
      effectiveRegisterWithinHours: strictestTightening(await this.store.tightenings(em, ctx.tenantPath)),
    }));
  }

  view(row: SubmissionRow, files: readonly SubmissionAttachment[]): OnlineSubmission {
    const pending = row.status === OnlineSubmissionStatus.SUBMITTED;
    const clock = pending ? sameDayClockText(this.clock.now(), row.registerBy) : null;
    // Only what the staff may read: the masked copies, never the ciphertexts, hashes or the address.
    const { idNumberCipher: _id, idNumberHash: _idHash, phoneCipher: _phone, phoneHash: _phoneHash, clientAddress: _address, ...shown } = row;
    return {
      ...shown,
      kind: row.kind as OnlineSubmission['kind'],
      overdue: clock?.overdue ?? false,
      clockText: clock?.text ?? null,
      attachments: files.filter((f) => f.submissionId === row.id).map((f) => ({ ...f, url: caseAttachmentUrl(f.id) })),
    };
  }

  /** The status page: progress in plain words, deadlines, the instruments issued, whether a rating is possible. */
  async status(caller: PortalCaller, secrets: PetitionerSecrets): Promise<PetitionerStatus> {
    const { submission, kase, caseCtx } = await this.located(caller, secrets);
    const stages = kase ? await this.transactions.run(caseCtx!, (em) => this.store.openStages(em, kase.id)) : [];
    const progress = plainProgress(
      submission.status,
      submission.rejectionReason,
      kase
        ? {
            state: kase.state,
            declined: kase.declineReason !== null,
            closeReason: kase.closeReason,
            openStages: stages.map((s) => ({ stage: s.stage, deadline: s.deadline })),
          }
        : null,
    );
    if (submission.status === OnlineSubmissionStatus.SUBMITTED) {
      progress.deadlines.push({ label: '当天登记期限', deadline: chinaDateOf(submission.registerBy), holder: 'OFFICE' });
    }
    return {
      ...progress,
      steps: PROGRESS_STEPS,
      officeName: submission.officeName,
      title: submission.title,
      submittedAt: submission.submittedAt,
      registerBy: submission.registerBy,
      status: submission.status,
      rejectionReason: submission.rejectionReason,
      caseNumber: submission.caseNumber,
      instruments: kase ? await this.petitionerInstruments(caseCtx!, kase.id) : [],
      canRate: kase ? ratingOpen(kase, this.clock.today()) : false,
      rating: kase?.rating ?? null,
    };
  }

  /** One of the instruments the status page lists, as its DOCX, to the holder of both secrets. */
  async instrument(caller: PortalCaller, secrets: PetitionerSecrets, instrumentId: string): Promise<InstrumentDownload> {
    const { caseCtx } = await this.located(caller, secrets);
    if (!caseCtx) throw notFound('文书');
    return this.instruments.content(caseCtx, instrumentId);
  }

  private async petitionerInstruments(caseCtx: TenantContext, caseId: string): Promise<PetitionerInstrument[]> {
    const rows = await this.instruments.forPetitioner(caseCtx, caseId);
    return rows.map(({ id, title, documentNumber, issuedOn }) => ({ id, title, documentNumber, issuedOn }));
  }

  /**
   * The submission the two secrets name, and its case when registered; otherwise the same refusal
   * for an unknown code and a wrong tail, counted toward the address's limit.
   */
  async located(
    caller: PortalCaller,
    secrets: PetitionerSecrets,
  ): Promise<{ submission: SubmissionRow; kase: CaseEntity | null; caseCtx: TenantContext | null }> {
    await this.throttle.admitLookup(caller.address);
    const code = normaliseQueryCode(secrets.queryCode);
    const tail = normaliseIdTail(secrets.idNumberTail);
    const target = code && tail ? await this.transactions.runAnonymous((em) => this.store.byCodeHash(em, this.codeHash(code))) : null;
    const ctx = target ? systemContextFor(target.tenantId, target.tenantPath, caller.requestId) : null;
    const found = ctx
      ? await this.transactions.run(ctx, async (em) => {
          const submission = await this.store.find(em, target!.id);
          return submission ? { submission, kase: submission.caseId ? await this.store.findCase(em, submission.caseId) : null } : null;
        })
      : null;
    if (!found || !sameTail(this.cipher.decrypt(found.submission.idNumberCipher, submissionCipherContext(found.submission.id, 'idNumber')), tail!)) {
      await this.throttle.lookupFailed(caller.address);
      throw wrongSecrets();
    }
    const caseCtx = found.kase ? systemContextFor(found.kase.tenantId, found.kase.tenantPath, caller.requestId) : null;
    return { ...found, caseCtx };
  }
}

function sameTail(idNumber: string, tail: string): boolean {
  return timingSafeEqual(Buffer.from(idNumber.slice(-4).toUpperCase()), Buffer.from(tail));
}

/** Delivered, not yet rated, and within the day the rating link is valid through. */
function ratingOpen(kase: CaseEntity, today: IsoDate): boolean {
  if (!kase.delivered || kase.rating !== null) return false;
  return !kase.ratingLinkValidUntil || compareDates(today, kase.ratingLinkValidUntil) <= 0;
}
