import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { conflict, forbidden, notFound, validation } from '#common/errors';
import { FILE_STORAGE, inspectUpload, storeThen, type FileStorage, type InspectedUpload, type ReceivedFile } from '#common/files';
import { PiiCipher, maskPhone, maskResidentId, requirePhone, requireResidentId } from '#common/pii';
import { TenantTransactions, audit, systemContextFor, type TenantContext } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { RegistrationService } from '../cases/registration.service.js';
import { LifecycleService } from '../cases/lifecycle.service.js';
import { CaseKind, Channel, type Rating } from '../cases/domain/index.js';
import { sameDayRegistrationDue, strictestTightening } from './domain/same-day-deadline.js';
import { formatQueryCode, newQueryCode } from './domain/query-code.js';
import { OnlineSubmissionStatus } from './domain/progress.js';
import { OnlineIntakeStore, type NewSubmissionFile, type PortalOffice, type SubmissionRow } from './online-intake.store.js';
import { PortalThrottle } from './portal-throttle.js';
import { OnlineIntakeQueriesService, submissionCipherContext, type PetitionerSecrets } from './online-intake-queries.service.js';
import type { SubmitPetitionBody } from './dto/portal.inputs.js';
import type { RegisterOnlineSubmissionInput, RejectOnlineSubmissionInput } from './dto/online-submission.inputs.js';

export const MAX_PORTAL_FILES = 5;

/** What the petitioner is told once the submission is kept: the code (shown once), who and by when. */
export interface SubmissionReceipt {
  queryCode: string;
  officeName: string;
  registerBy: Date;
  nextSteps: string[];
}

/** The caller of a public request: its address (from the gateway's signed header) and the request id. */
export interface PortalCaller {
  address: string;
  requestId: string;
}

/**
 * 网上信访: a citizen's submission kept at the chosen office (files first, then the row, so a
 * refusal leaves nothing), the office's registrar registering it as an ONLINE case through the
 * registration every case goes through, or declining it with a reason the petitioner reads, and
 * the petitioner's rating with the two secrets.
 */
@Injectable()
export class OnlineIntakeService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: OnlineIntakeStore,
    private readonly calendars: TenantCalendars,
    private readonly registration: RegistrationService,
    private readonly lifecycle: LifecycleService,
    private readonly queries: OnlineIntakeQueriesService,
    private readonly throttle: PortalThrottle,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The largest attachment the portal accepts. */
  get maxFileBytes(): number {
    return this.config.portal.maxFileBytes;
  }

  async submit(caller: PortalCaller, petition: SubmitPetitionBody, files: readonly ReceivedFile[]): Promise<SubmissionReceipt> {
    await this.throttle.admitSubmission(caller.address, petition);
    if (files.length > MAX_PORTAL_FILES) throw validation(`最多上传 ${MAX_PORTAL_FILES} 个附件`, { field: 'files' });
    const idNumber = requireResidentId(petition.idNumber, 'idNumber');
    const phone = requirePhone(petition.phone, 'phone');
    const office = await this.transactions.runAnonymous((em) => this.store.office(em, petition.officeId));
    if (!office) throw validation('所选地区的信访部门不存在', { field: 'officeId' });
    const inspected: (InspectedUpload & { file: ReceivedFile })[] = [];
    for (const file of files) inspected.push({ file, ...(await inspectUpload(file.content, file.fileName, { maxBytes: this.maxFileBytes })) });
    const idNumberHash = this.cipher.blindIndex(idNumber);
    await this.throttle.admitIdNumber(idNumberHash);

    const id = randomUUID();
    const queryCode = newQueryCode();
    const ctx = systemContextFor(office.id, office.path, caller.requestId);
    // Each file is stored before the row that refers to it and removed again when anything after it fails.
    const keep = (index: number, kept: NewSubmissionFile[]): Promise<Date> => {
      if (index === inspected.length) {
        return this.transactions.run(ctx, (em) => this.insert(em, office, { id, idNumber, idNumberHash, phone, queryCode, petition, caller }, kept));
      }
      const { file, mediaType, safeName } = inspected[index];
      return storeThen(this.storage, file.content, (stored) => keep(index + 1, [...kept, { stored, mediaType, fileName: safeName }]));
    };
    const registerBy = await keep(0, []);
    return {
      queryCode: formatQueryCode(queryCode),
      officeName: office.name,
      registerBy,
      nextSteps: [
        `${office.name}将在 ${chinaDateTime(registerBy)} 前登记您的信访事项（当天登记、当天转交）。`,
        '登记后 15 日内，将转送、交办有权处理的机关，或告知您不予受理的理由和途径。',
        '有权处理的机关受理后，一般在 60 日内办结并书面答复您；情况复杂的，经批准可延长不超过 30 日，并告知您理由。',
        '请妥善保存查询码，凭查询码和身份证号后四位随时查询办理进度、查看告知书，并在答复后评价。',
      ],
    };
  }

  private async insert(
    em: EntityManager,
    office: PortalOffice,
    s: { id: string; idNumber: string; idNumberHash: string; phone: string; queryCode: string; petition: SubmitPetitionBody; caller: PortalCaller },
    files: NewSubmissionFile[],
  ): Promise<Date> {
    const submittedAt = this.clock.now();
    const { calendar } = await this.calendars.forTenantPath(em, office.path);
    const registerBy = sameDayRegistrationDue(submittedAt, calendar, strictestTightening(await this.store.tightenings(em, office.path)));
    await this.store.insert(
      em,
      {
        tenantId: office.id,
        id: s.id,
        tenantPath: office.path,
        kind: s.petition.kind,
        categoryId: s.petition.categoryId ?? null,
        title: s.petition.title,
        content: s.petition.content,
        petitionerName: s.petition.name,
        idNumberCipher: this.cipher.encrypt(s.idNumber, submissionCipherContext(s.id, 'idNumber')),
        idNumberHash: s.idNumberHash,
        idNumberMasked: maskResidentId(s.idNumber),
        phoneCipher: this.cipher.encrypt(s.phone, submissionCipherContext(s.id, 'phone')),
        phoneHash: this.cipher.blindIndex(s.phone),
        phoneMasked: maskPhone(s.phone),
        address: s.petition.address?.trim() || null,
        queryCodeHash: this.queries.codeHash(s.queryCode),
        submittedAt,
        registerBy,
        clientAddress: s.caller.address,
      },
      files,
    );
    await audit(em, CASES_SCHEMA, {
      action: 'online-submission.submit',
      entity: 'online_submission',
      entityId: s.id,
      after: { kind: s.petition.kind, files: files.length, registerBy, clientAddress: s.caller.address },
    });
    return registerBy;
  }

  /** 登记: the chosen office's registrar makes it a case (channel ONLINE); its files become the case's. */
  register(ctx: TenantContext, input: RegisterOnlineSubmissionInput): Promise<SubmissionRow> {
    return this.transactions.run(ctx, async (em) => {
      const submission = await this.pending(em, ctx, input);
      const kase = await this.registration.register(
        ctx,
        {
          channel: Channel.ONLINE,
          kind: input.kind ?? (submission.kind as CaseKind),
          categoryId: input.categoryId,
          title: input.title ?? submission.title,
          content: submission.content,
          problemJurisdictionId: input.problemJurisdictionId,
          petitioners: [
            {
              name: submission.petitionerName,
              idNumber: this.cipher.decrypt(submission.idNumberCipher, submissionCipherContext(submission.id, 'idNumber')),
              phone: this.cipher.decrypt(submission.phoneCipher, submissionCipherContext(submission.id, 'phone')),
              address: submission.address,
              representative: false,
            },
          ],
          repeatOfId: input.repeatOfId,
          newMatterReason: input.newMatterReason,
        },
        em,
      );
      await this.decide(em, ctx, submission, { status: OnlineSubmissionStatus.REGISTERED, caseId: kase.id, rejectionReason: null });
      await this.store.bindAttachments(em, submission.id, kase.id);
      await audit(em, CASES_SCHEMA, {
        action: 'online-submission.register',
        entity: 'online_submission',
        entityId: submission.id,
        after: { caseId: kase.id, number: kase.number },
      });
      return (await this.store.find(em, submission.id))!;
    });
  }

  /** 不予登记, with the reason the petitioner reads on the status page. */
  reject(ctx: TenantContext, input: RejectOnlineSubmissionInput): Promise<SubmissionRow> {
    return this.transactions.run(ctx, async (em) => {
      const submission = await this.pending(em, ctx, input);
      await this.decide(em, ctx, submission, { status: OnlineSubmissionStatus.REJECTED, caseId: null, rejectionReason: input.reason.trim() });
      await audit(em, CASES_SCHEMA, {
        action: 'online-submission.reject',
        entity: 'online_submission',
        entityId: submission.id,
        after: { reason: input.reason },
      });
      return (await this.store.find(em, submission.id))!;
    });
  }

  /** An office tightens the same-day clock for itself and its subtree (from the next submission on). */
  setSettings(ctx: TenantContext, hours: number | null): Promise<void> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.ownTightening(em, ctx.tenantId);
      await this.store.setTightening(em, ctx, hours);
      await audit(em, CASES_SCHEMA, {
        action: 'online-intake.settings',
        entity: 'online_intake_settings',
        entityId: ctx.tenantId,
        before: { registerWithinHours: before },
        after: { registerWithinHours: hours },
      });
    });
  }

  /** The petitioner's rating with the two secrets: the case must be delivered, within the window, not rated yet. */
  async rate(caller: PortalCaller, secrets: PetitionerSecrets, rating: Rating): Promise<void> {
    const { kase } = await this.queries.located(caller, secrets);
    if (!kase) throw validation('该信访事项尚未答复，暂不能评价');
    await this.lifecycle.rateAsPetitioner(
      { id: kase.id, tenantId: kase.tenantId, tenantPath: kase.tenantPath, validUntil: kase.ratingLinkValidUntil },
      rating,
      caller.requestId,
      '信访人（查询码）',
    );
  }

  private async pending(em: EntityManager, ctx: TenantContext, input: { submissionId: string; version: number }): Promise<SubmissionRow> {
    const submission = await this.store.find(em, input.submissionId, true);
    if (!submission) throw notFound('网上信访事项');
    if (submission.tenantId !== ctx.tenantId) throw forbidden(`该事项由${submission.officeName}登记，上级机构可查看但不代为登记`);
    if (submission.status !== OnlineSubmissionStatus.SUBMITTED || submission.version !== input.version) {
      throw conflict('该网上信访事项已被他人修改，请刷新');
    }
    return submission;
  }

  private async decide(
    em: EntityManager,
    ctx: TenantContext,
    submission: SubmissionRow,
    change: { status: OnlineSubmissionStatus; caseId: string | null; rejectionReason: string | null },
  ): Promise<void> {
    const changed = await this.store.decide(em, { id: submission.id, version: submission.version, ...change, by: ctx.userId, at: this.clock.now() });
    if (!changed) throw conflict('该网上信访事项已被他人修改，请刷新');
  }
}

/** A moment as a petitioner reads it, in China time: 2026年12月7日 17:30. */
export function chinaDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
