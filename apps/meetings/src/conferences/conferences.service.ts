import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { Clock } from '#common/clock';
import type { UserEntity } from '#common/directory';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent } from '#common/events';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import { TaskListStore } from '../tasks/task-list.store.js';
import { ConferenceStore, type ResolvedMember } from './conference.store.js';
import { ownUnits, ownUsers } from './domain/own-directory.js';
import type {
  AddConferenceMemberInput,
  ConferenceMemberInput,
  ConvenorInput,
  EstablishConferenceInput,
  RemoveConferenceMemberInput,
  UpdateConferenceInput,
} from './dto/conference.inputs.js';
import type { Conference, ConferenceConvenor } from './dto/conference.types.js';

/** `conference.established`: a jurisdiction now has its joint conference (conference coverage). */
export interface ConferenceEstablishedPayload {
  conferenceId: string;
  tenantId: string;
  establishedOn: string;
}

/**
 * 联席会议: one per tenant, written by its own conference office or administrator. Units and users
 * are read from the directory under row-level security and must be the tenant's own: a parent sees
 * its children's units, and they are refused all the same.
 */
@Injectable()
export class ConferencesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: ConferenceStore,
    private readonly lists: TaskListStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly clock: Clock,
  ) {}

  establish(ctx: TenantContext, input: EstablishConferenceInput): Promise<Conference> {
    return this.transactions.run(ctx, async (em) => {
      const existing = await this.own(em, ctx, false);
      if (existing) throw conflict('本机构已成立联席会议，不能重复成立');
      const office = await this.officeUnit(em, ctx, input.officeUnitId);
      const convenors = await this.convenors(em, ctx, input.convenors);
      const members = await this.resolveMembers(em, ctx, input.members);
      this.refuseDuplicates(members);
      const id = randomUUID();
      const now = this.clock.now();
      await this.store.insert(em, ctx, id, { establishedOn: input.establishedOn, officeUnitId: office.id, officeUnitName: office.name, convenors }, now);
      for (const member of members) await this.insertMember(em, ctx, id, member, input.establishedOn);
      // A conference never exists without its standing lists.
      await this.lists.seedStanding(em, ctx, id, office.name, now);
      // Coverage (`conferenceCoverage`) counts it from now on.
      await this.jurisdictions.markCovered(em, ctx.tenantId);
      const established: ConferenceEstablishedPayload = { conferenceId: id, tenantId: ctx.tenantId, establishedOn: input.establishedOn };
      await emitEvent(em, MEETINGS_SCHEMA, 'conference.established', established);
      const conference = (await this.own(em, ctx, false))!;
      await audit(em, MEETINGS_SCHEMA, { action: 'conference.establish', entity: 'conference', entityId: id, after: this.snapshot(conference) });
      return conference;
    });
  }

  update(ctx: TenantContext, input: UpdateConferenceInput): Promise<Conference> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.ownOrFail(em, ctx);
      if (before.version !== input.version) {
        throw conflict(`联席会议已被他人修改（当前版本 ${before.version}，提交的版本 ${input.version}），请刷新后重试`);
      }
      const office = input.officeUnitId ? await this.officeUnit(em, ctx, input.officeUnitId) : { id: before.officeUnitId, name: before.officeUnitName };
      const convenors = input.convenors ? await this.convenors(em, ctx, input.convenors) : before.convenors;
      const establishedOn = input.establishedOn ?? before.establishedOn;
      const firstJoined = before.allMembers.reduce<string | null>((min, m) => (min === null || m.joinedOn < min ? m.joinedOn : min), null);
      if (firstJoined !== null && establishedOn > firstJoined) throw validation('成立日期不能晚于成员单位的加入日期');
      const change = { establishedOn, officeUnitId: office.id, officeUnitName: office.name, convenors };
      if (!(await this.store.update(em, ctx.tenantId, input.version, change, this.clock.now()))) throw conflict('联席会议已被他人修改，请刷新后重试');
      const after = (await this.own(em, ctx, false))!;
      await audit(em, MEETINGS_SCHEMA, {
        action: 'conference.update',
        entity: 'conference',
        entityId: after.id,
        before: this.snapshot(before),
        after: this.snapshot(after),
      });
      return after;
    });
  }

  addMember(ctx: TenantContext, input: AddConferenceMemberInput): Promise<Conference> {
    return this.transactions.run(ctx, async (em) => {
      const conference = await this.ownOrFail(em, ctx, true);
      const [member] = await this.resolveMembers(em, ctx, [input]);
      const current = conference.allMembers.filter((m) => m.endedOn === null);
      this.refuseDuplicates([...current, member]);
      const joinedOn = input.joinedOn ?? this.clock.today();
      if (joinedOn < conference.establishedOn) throw validation('加入日期不能早于联席会议成立日期');
      const id = await this.insertMember(em, ctx, conference.id, member, joinedOn);
      await this.store.touch(em, ctx.tenantId, this.clock.now());
      await audit(em, MEETINGS_SCHEMA, { action: 'conference.add_member', entity: 'conference_member', entityId: id, after: { ...member, joinedOn } });
      return (await this.own(em, ctx, false))!;
    });
  }

  removeMember(ctx: TenantContext, input: RemoveConferenceMemberInput): Promise<Conference> {
    return this.transactions.run(ctx, async (em) => {
      const conference = await this.ownOrFail(em, ctx, true);
      const member = conference.allMembers.find((m) => m.id === input.memberId);
      if (!member) throw notFound('成员单位');
      if (member.endedOn !== null) throw validation('该成员单位已退出联席会议');
      const endedOn = input.endedOn ?? this.clock.today();
      if (endedOn < member.joinedOn) throw validation('退出日期不能早于加入日期');
      await this.store.endMember(em, ctx.tenantId, member.id, endedOn);
      await this.store.touch(em, ctx.tenantId, this.clock.now());
      await audit(em, MEETINGS_SCHEMA, {
        action: 'conference.remove_member',
        entity: 'conference_member',
        entityId: member.id,
        before: member,
        after: { ...member, endedOn },
      });
      return (await this.own(em, ctx, false))!;
    });
  }

  /** The caller's own tenant's conference (never a child's, which the subtree rule would show). */
  private async own(em: EntityManager, ctx: TenantContext, lock: boolean): Promise<Conference | null> {
    const row = await this.store.ofTenant(em, ctx.tenantId, lock);
    return row ? (await this.store.withMembers(em, [row]))[0]! : null;
  }

  private async ownOrFail(em: EntityManager, ctx: TenantContext, lock = true): Promise<Conference> {
    const conference = await this.own(em, ctx, lock);
    if (!conference) throw notFound('本机构的联席会议');
    return conference;
  }

  private snapshot(conference: Conference) {
    const { allMembers, ...rest } = conference;
    return { ...rest, members: allMembers };
  }

  private async officeUnit(em: EntityManager, ctx: TenantContext, unitId: string): Promise<{ id: string; name: string }> {
    return ownUnits(await this.store.units(em, [unitId]), ctx, [unitId], '联席会议办公室').get(unitId)!;
  }

  /** Active users of the caller's own tenant. */
  private async usersOf(em: EntityManager, ctx: TenantContext, ids: string[], what: string): Promise<Map<string, UserEntity>> {
    return ownUsers(await this.store.users(em, ids), ctx, ids, what);
  }

  private async convenors(em: EntityManager, ctx: TenantContext, input: ConvenorInput[]): Promise<ConferenceConvenor[]> {
    const ids = input.map((c) => c.userId);
    if (new Set(ids).size !== ids.length) throw validation('召集人不能重复');
    const users = await this.usersOf(em, ctx, ids, '召集人');
    const notLeaders = ids.filter((id) => !users.get(id)!.roles.includes(Role.LEADER));
    if (notLeaders.length) throw validation('召集人须为本级具有领导角色的用户', { userIds: notLeaders });
    return input.map((c) => ({ userId: c.userId, name: users.get(c.userId)!.displayName, title: c.title.trim() }));
  }

  private async resolveMembers(em: EntityManager, ctx: TenantContext, input: ConferenceMemberInput[]): Promise<ResolvedMember[]> {
    for (const member of input) {
      if (!member.unitId && !member.name?.trim()) throw validation('成员单位须为本级单位，或给出外部单位名称');
    }
    const unitIds = input.filter((m) => m.unitId).map((m) => m.unitId!);
    const units = ownUnits(await this.store.units(em, unitIds), ctx, unitIds, '成员单位');
    const liaisons = await this.usersOf(
      em,
      ctx,
      input.map((m) => m.liaisonUserId),
      '联络员',
    );
    return input.map((member) => {
      const liaison = liaisons.get(member.liaisonUserId)!;
      if (member.unitId && liaison.unitId !== member.unitId) {
        throw validation(`联络员须为该成员单位（${units.get(member.unitId)!.name}）的人员`, { liaisonUserId: liaison.id });
      }
      return {
        unitId: member.unitId ?? null,
        name: member.unitId ? units.get(member.unitId)!.name : member.name!.trim(),
        liaisonUserId: liaison.id,
        liaisonName: liaison.displayName,
      };
    });
  }

  private refuseDuplicates(members: { unitId: string | null; name: string }[]): void {
    const names = members.map((m) => m.name);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    if (twice.length) throw validation(`成员单位不能重复：${[...new Set(twice)].join('、')}`);
  }

  private async insertMember(em: EntityManager, ctx: TenantContext, conferenceId: string, member: ResolvedMember, joinedOn: string): Promise<string> {
    const id = randomUUID();
    await this.store.insertMember(em, ctx, id, conferenceId, member, joinedOn);
    return id;
  }
}
