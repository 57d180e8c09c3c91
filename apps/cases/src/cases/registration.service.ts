import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { validation } from '#common/errors';
import { PiiCipher, maskPhone, maskResidentId, requirePhone, requireResidentId } from '#common/pii';
import { TenantTransactions, isWithin, type TenantContext } from '#common/tenancy';
import { Role } from '#common/auth';
import { CategoryService } from '../categories/category.service.js';
import { ReceptionService } from '../receptions/reception.service.js';
import { ClockService } from '../clocks/clocks.service.js';
import { earliestOpenClock } from '../clocks/domain/index.js';
import { CaseStore, type SealedPetitioner } from './case.store.js';
import { MessagesService } from '../messages/messages.service.js';
import { maskEmail, normaliseEmail } from '../messages/domain/index.js';
import {
  CaseAction,
  CaseKind,
  CaseState,
  Channel,
  MAX_VISIT_REPRESENTATIVES,
  alreadyFinalized,
  decideRepeat,
  isHandledBelow,
  isLevelSkipping,
  isStrongRepeatMatch,
  register,
  repeatUnresolved,
  titleSimilarity,
  type FinalMatter,
} from './domain/index.js';
import { CaseEntity } from './entities/index.js';
import type { PetitionerInput, RegisterCaseInput } from './dto/case.inputs.js';

/** The context a petitioner's ciphertext is bound to: moved to another row, it no longer decrypts. */
export function petitionerCipherContext(petitionerId: string, field: 'idNumber' | 'phone' | 'email'): string[] {
  return ['cases.petitioners', petitionerId, field];
}

/**
 * Registration (登记): the first record of a case at a tenant, with its petitioners, the route
 * clock started, and the repeat link when the registrar confirmed one. A case the registrar can
 * see that strongly matches the new one (`isStrongRepeatMatch`) must be resolved: linked as a
 * repeat, or registered as new with a reason; a final one refuses the registration.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: CaseStore,
    private readonly clocks: ClockService,
    private readonly categories: CategoryService,
    private readonly receptions: ReceptionService,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    private readonly messages: MessagesService,
  ) {}

  /** In its own transaction, or in `within` the caller opened (an online submission becomes a case in it). */
  register(ctx: TenantContext, input: RegisterCaseInput, within?: EntityManager): Promise<CaseEntity> {
    const petitioners = this.sealPetitioners(input);
    const run = (work: (em: EntityManager) => Promise<CaseEntity>) => (within ? work(within) : this.transactions.run(ctx, work));
    return run(async (em) => {
      const today = this.clock.today();
      const at = this.clock.now();
      // The registrar is the acting tenant: its path and code are in the context.
      const registrar = { id: ctx.tenantId, path: ctx.tenantPath, code: ctx.tenantPath.split('.').at(-1)! };
      const problem = await this.store.tenant(em, input.problemJurisdictionId);
      if (!problem || !isWithin(problem.path, registrar.path)) {
        throw validation('问题属地应为本机构或本辖区内的下级机构', { field: 'problemJurisdictionId' });
      }
      await this.categories.requireUsable(em, input.categoryId);
      await this.requireAccusedUnit(em, input);
      await this.requireLeader(em, input.leaderOwnerId);
      if (input.receptionId) await this.receptions.requireForRegistration(em, input.receptionId, ctx.tenantId, today);
      const strong = (
        await this.store.sameIdentityCases(
          em,
          petitioners.flatMap((p) => (p.idNumberHash ? [p.idNumberHash] : [])),
        )
      ).filter((c) =>
        isStrongRepeatMatch({ sameIdentity: true, sameCategory: c.categoryId === input.categoryId, titleSimilarity: titleSimilarity(c.title, input.title) }),
      );
      const decision = decideRepeat(strong, input);
      if (decision.action === 'REFUSE_FINAL') throw await this.finalRefusal(em, decision.match);
      if (decision.action === 'REFUSE_UNRESOLVED') throw repeatUnresolved(decision.matches);
      const repeat = decision.action === 'LINK' ? await this.repeatLink(em, decision.repeatOfId, registrar, today) : null;
      const newMatterReason = decision.action === 'NEW' ? decision.reason : null;

      const result = register({ kind: input.kind, channel: input.channel });
      const { snapshot } = result;
      const fields: Partial<CaseEntity> = {
        tenantId: ctx.tenantId,
        id: randomUUID(),
        tenantPath: registrar.path,
        number: '',
        categoryId: input.categoryId,
        title: input.title,
        content: input.content,
        problemJurisdictionId: problem.id,
        problemJurisdictionPath: problem.path,
        handlingTenantId: registrar.id,
        handlingUnitId: null,
        routingTenantId: null,
        assigningTenantId: null,
        completionReportDue: null,
        decidingTenantId: null,
        reviewTenantId: null,
        chainTenantIds: [registrar.id],
        accusedUnitId: input.accusedUnitId ?? null,
        personCount: input.personCount ?? input.petitioners.length,
        leaderOwnerId: input.leaderOwnerId ?? null,
        receptionId: input.receptionId ?? null,
        ...snapshot,
        openStages: [...snapshot.openStages],
        hearings: [],
        deadline: null,
        deadlineStage: null,
        ratedAt: null,
        decisionText: null,
        decidedOn: null,
        declineTarget: null,
        repeatOfId: repeat?.original.id ?? null,
        newMatterReason,
        repeatCount: 0,
        levelSkipping: isLevelSkipping(input.channel, registrar.path, problem.path),
        handledBelow: repeat?.handledBelow ?? false,
        registeredOn: today,
        registeredAt: at,
        registeredBy: ctx.userId,
        finishedOn: null,
        updatedAt: at,
        version: 1,
      };
      const kase = Object.assign(new CaseEntity(), fields);
      const stages = [];
      for (const stage of snapshot.openStages) stages.push(await this.clocks.start(em, kase, stage, today));
      const first = earliestOpenClock(stages);
      kase.deadline = first?.deadline ?? null;
      kase.deadlineStage = first?.stage ?? null;
      kase.number = await this.store.insertCase(em, kase, registrar.code, today);
      await this.store.insertRegistrationRecords(em, {
        kase,
        petitioners,
        stages,
        result,
        details: { petitioners: petitioners.length, repeatOfId: kase.repeatOfId, newMatterReason, strongMatches: strong.map((c) => c.number) },
        audit: {
          action: 'case.register',
          entity: 'case',
          entityId: kase.id,
          after: {
            number: kase.number,
            kind: kase.kind,
            channel: kase.channel,
            problemJurisdictionId: problem.id,
            petitioners: petitioners.length,
            repeatOfId: kase.repeatOfId,
            newMatterReason,
            strongMatches: strong.map((c) => c.id),
          },
        },
        repeatOf: repeat?.original ?? null,
        at,
      });
      await this.messages.queueForStep(em, ctx, { action: CaseAction.REGISTER, kase });
      return kase;
    });
  }

  private sealPetitioners(input: RegisterCaseInput): SealedPetitioner[] {
    const representatives = input.petitioners.filter((p) => p.representative).length;
    if (input.channel === Channel.VISIT && representatives > MAX_VISIT_REPRESENTATIVES) {
      throw validation(`集体来访推选的代表不得超过 ${MAX_VISIT_REPRESENTATIVES} 人（收到 ${representatives} 人）`, { representatives });
    }
    if (input.personCount != null && input.personCount < input.petitioners.length) {
      throw validation(`人次（${input.personCount}）不能少于登记的信访人数（${input.petitioners.length}）`, { field: 'personCount' });
    }
    return input.petitioners.map((p, index) => this.seal(p, index + 1));
  }

  private seal(p: PetitionerInput, ordinal: number): SealedPetitioner {
    const id = randomUUID();
    const idNumber = p.idNumber?.trim() ? requireResidentId(p.idNumber, `petitioners[${ordinal - 1}].idNumber`) : null;
    const phone = p.phone?.trim() ? requirePhone(p.phone, `petitioners[${ordinal - 1}].phone`) : null;
    const email = p.email?.trim() ? normaliseEmail(p.email) : null;
    if (p.email?.trim() && !email) throw validation('电子邮箱格式无效', { field: `petitioners[${ordinal - 1}].email` });
    return {
      id,
      ordinal,
      name: p.name,
      idNumberCipher: idNumber ? this.cipher.encrypt(idNumber, petitionerCipherContext(id, 'idNumber')) : null,
      idNumberHash: idNumber ? this.cipher.blindIndex(idNumber) : null,
      idNumberMasked: idNumber ? maskResidentId(idNumber) : null,
      phoneCipher: phone ? this.cipher.encrypt(phone, petitionerCipherContext(id, 'phone')) : null,
      phoneHash: phone ? this.cipher.blindIndex(phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      emailCipher: email ? this.cipher.encrypt(email, petitionerCipherContext(id, 'email')) : null,
      emailMasked: email ? maskEmail(email) : null,
      address: p.address?.trim() || null,
      representative: p.representative,
    };
  }

  private async requireAccusedUnit(em: EntityManager, input: RegisterCaseInput): Promise<void> {
    if (!input.accusedUnitId) return;
    if (input.kind !== CaseKind.ACCUSATION) throw validation('只有检举控告类事项才登记被检举控告单位', { field: 'accusedUnitId' });
    if (!(await this.store.unit(em, input.accusedUnitId))) throw validation('被检举控告单位不在本辖区内', { field: 'accusedUnitId' });
  }

  private async requireLeader(em: EntityManager, leaderId: string | null | undefined): Promise<void> {
    if (!leaderId) return;
    const leader = await this.store.activeUser(em, leaderId);
    if (!leader || !leader.roles.includes(Role.LEADER)) throw validation('包案领导应为本辖区内在职的领导', { field: 'leaderOwnerId' });
  }

  /**
   * The case a new one repeats. A finalized matter is refused, citing its end; one a lower body is
   * still handling within time is flagged, since the higher body does not accept it.
   */
  private async repeatLink(em: EntityManager, originalId: string, registrar: { path: string }, today: IsoDate) {
    const original = await this.store.find(em, originalId);
    if (!original) throw validation('所重复的信访事项不存在或不在本辖区内');
    if (original.state === CaseState.FINALIZED) throw await this.finalRefusal(em, original);
    return { original, handledBelow: isHandledBelow(original, registrar.path, today) };
  }

  /** ALREADY_FINALIZED for a final matter, naming the office that re-examined it when it was. */
  private async finalRefusal(em: EntityManager, original: FinalMatter) {
    const decider = original.reviewTenantId ? await this.store.tenant(em, original.reviewTenantId) : null;
    return alreadyFinalized(original, decider?.name ?? null);
  }
}
