import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { Clock } from '#common/clock';
import { UserEntity } from '#common/directory';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent } from '#common/events';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { seedStandingLists } from '../tasks/task-lists.service.js';
import { ownUnits } from './own-units.js';
import type {
  AddConferenceMemberInput,
  ConferenceMemberInput,
  ConvenorInput,
  EstablishConferenceInput,
  RemoveConferenceMemberInput,
  UpdateConferenceInput,
} from './dto/conference.inputs.js';
import type { Conference, ConferenceConvenor, ConferenceMember, ConferenceStaff } from './dto/conference.types.js';

/** `conference.established`: a jurisdiction now has its joint conference (conference coverage). */
export interface ConferenceEstablishedPayload {
  conferenceId: string;
  tenantId: string;
  establishedOn: string;
}

interface ConferenceRow {
  id: string;
  tenantId: string;
  establishedOn: string;
  officeUnitId: string;
  officeUnitName: string;
  convenors: ConferenceConvenor[];
  version: number;
  updatedAt: Date;
}

interface MemberRow extends ConferenceMember {
  conferenceId: string;
}

const CONFERENCE_COLUMNS = `id, tenant_id AS "tenantId", established_on::text AS "establishedOn", office_unit_id AS "officeUnitId",
  office_unit_name AS "officeUnitName", convenors, version, updated_at AS "updatedAt"`;
const MEMBER_COLUMNS = `id, conference_id AS "conferenceId", unit_id AS "unitId", name, liaison_user_id AS "liaisonUserId",
  liaison_name AS "liaisonName", joined_on::text AS "joinedOn", ended_on::text AS "endedOn"`;

/** A member as it will be written, its names taken from the directory. */
interface ResolvedMember {
  unitId: string | null;
  name: string;
  liaisonUserId: string;
  liaisonName: string;
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
    private readonly clock: Clock,
  ) {}

  /** The conferences of the given tenants, as far as the caller may see them. */
  ofTenants(ctx: TenantContext, tenantIds: readonly string[]): Promise<(Conference | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows: ConferenceRow[] = await em.query(`SELECT ${CONFERENCE_COLUMNS} FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = ANY($1::uuid[])`, [
        [...tenantIds],
      ]);
      const members = await this.membersOf(em, rows.map((row) => row.id));
      return tenantIds.map((tenantId) => {
        const row = rows.find((candidate) => candidate.tenantId === tenantId);
        return row ? this.describe(row, members) : null;
      });
    });
  }

  /**
   * The active users of the caller's own tenant, for the pickers of convenors and liaisons (the
   * directory's `users` is the administrator's; the conference office needs only these fields).
   */
  staff(ctx: TenantContext): Promise<ConferenceStaff[]> {
    return this.transactions.run(ctx, async (em) => {
      const users = await em.getRepository(UserEntity).find({ where: { tenantId: ctx.tenantId, active: true }, order: { displayName: 'ASC', id: 'ASC' } });
      return users.map((user) => ({ userId: user.id, name: user.displayName, unitId: user.unitId, leader: user.roles.includes(Role.LEADER) }));
    });
  }

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
      await em.query(
        `INSERT INTO ${MEETINGS_SCHEMA}.conferences
           (tenant_id, id, tenant_path, established_on, office_unit_id, office_unit_name, convenors, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1)`,
        [ctx.tenantId, id, ctx.tenantPath, input.establishedOn, office.id, office.name, JSON.stringify(convenors), now],
      );
      for (const member of members) await this.insertMember(em, ctx, id, member, input.establishedOn);
      await seedStandingLists(em, ctx, id, office.name, now);
      await this.markCovered(em, ctx);
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
      // (An UPDATE answers TypeORM's `query` with [rows, count]; a CTE makes it a plain row list.)
      const updated: unknown[] = await em.query(
        `WITH changed AS (
           UPDATE ${MEETINGS_SCHEMA}.conferences
              SET established_on = $3, office_unit_id = $4, office_unit_name = $5, convenors = $6, updated_at = $7, version = version + 1
            WHERE tenant_id = $1 AND version = $2 RETURNING id
         ) SELECT id FROM changed`,
        [ctx.tenantId, input.version, establishedOn, office.id, office.name, JSON.stringify(convenors), this.clock.now()],
      );
      if (updated.length === 0) throw conflict('联席会议已被他人修改，请刷新后重试');
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
      await this.touch(em, ctx);
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
      await em.query(`UPDATE ${MEETINGS_SCHEMA}.conference_members SET ended_on = $3 WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, member.id, endedOn]);
      await this.touch(em, ctx);
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
    const [row]: ConferenceRow[] = await em.query(
      `SELECT ${CONFERENCE_COLUMNS} FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [ctx.tenantId],
    );
    return row ? this.describe(row, await this.membersOf(em, [row.id])) : null;
  }

  private async ownOrFail(em: EntityManager, ctx: TenantContext, lock = true): Promise<Conference> {
    const conference = await this.own(em, ctx, lock);
    if (!conference) throw notFound('本机构的联席会议');
    return conference;
  }

  private membersOf(em: EntityManager, conferenceIds: string[]): Promise<MemberRow[]> {
    if (conferenceIds.length === 0) return Promise.resolve([]);
    return em.query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_members WHERE conference_id = ANY($1::uuid[]) ORDER BY conference_id, joined_on, name`,
      [conferenceIds],
    );
  }

  private describe(row: ConferenceRow, members: MemberRow[]): Conference {
    return {
      ...row,
      allMembers: members.filter((m) => m.conferenceId === row.id).map(({ conferenceId: _conferenceId, ...member }) => member),
    };
  }

  private snapshot(conference: Conference) {
    const { allMembers, ...rest } = conference;
    return { ...rest, members: allMembers };
  }

  private async officeUnit(em: EntityManager, ctx: TenantContext, unitId: string): Promise<{ id: string; name: string }> {
    return (await ownUnits(em, ctx, [unitId], '联席会议办公室')).get(unitId)!;
  }

  /** Active users of the caller's own tenant. */
  private async ownUsers(em: EntityManager, ctx: TenantContext, ids: string[], what: string): Promise<Map<string, UserEntity>> {
    const wanted = [...new Set(ids)];
    const found = wanted.length ? await em.getRepository(UserEntity).findBy({ id: In(wanted) }) : [];
    const own = new Map(found.filter((user) => user.tenantId === ctx.tenantId && user.active).map((user) => [user.id, user]));
    const missing = wanted.filter((id) => !own.has(id));
    if (missing.length) throw validation(`${what}须为本级机构的在职用户`, { userIds: missing });
    return own;
  }

  private async convenors(em: EntityManager, ctx: TenantContext, input: ConvenorInput[]): Promise<ConferenceConvenor[]> {
    const ids = input.map((c) => c.userId);
    if (new Set(ids).size !== ids.length) throw validation('召集人不能重复');
    const users = await this.ownUsers(em, ctx, ids, '召集人');
    const notLeaders = ids.filter((id) => !users.get(id)!.roles.includes(Role.LEADER));
    if (notLeaders.length) throw validation('召集人须为本级具有领导角色的用户', { userIds: notLeaders });
    return input.map((c) => ({ userId: c.userId, name: users.get(c.userId)!.displayName, title: c.title.trim() }));
  }

  private async resolveMembers(em: EntityManager, ctx: TenantContext, input: ConferenceMemberInput[]): Promise<ResolvedMember[]> {
    for (const member of input) {
      if (!member.unitId && !member.name?.trim()) throw validation('成员单位须为本级单位，或给出外部单位名称');
    }
    const units = await ownUnits(em, ctx, input.filter((m) => m.unitId).map((m) => m.unitId!), '成员单位');
    const liaisons = await this.ownUsers(em, ctx, input.map((m) => m.liaisonUserId), '联络员');
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
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.conference_members
         (tenant_id, id, tenant_path, conference_id, unit_id, name, liaison_user_id, liaison_name, joined_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [ctx.tenantId, id, ctx.tenantPath, conferenceId, member.unitId, member.name, member.liaisonUserId, member.liaisonName, joinedOn],
    );
    return id;
  }

  /** A member change is a change of the conference: its version moves, so a stale edit is refused. */
  private async touch(em: EntityManager, ctx: TenantContext): Promise<void> {
    await em.query(`UPDATE ${MEETINGS_SCHEMA}.conferences SET version = version + 1, updated_at = $2 WHERE tenant_id = $1`, [ctx.tenantId, this.clock.now()]);
  }

  /**
   * Coverage (`conferenceCoverage`) counts `has_conference`. Where `tenant.created` has not reached
   * this service yet, the jurisdiction is recorded from the directory now; the event then finds it.
   */
  private async markCovered(em: EntityManager, ctx: TenantContext): Promise<void> {
    const updated: unknown[] = await em.query(
      `WITH marked AS (UPDATE ${MEETINGS_SCHEMA}.jurisdictions SET has_conference = true WHERE tenant_id = $1 RETURNING tenant_id)
       SELECT tenant_id FROM marked`,
      [ctx.tenantId],
    );
    if (updated.length > 0) return;
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level, has_conference)
       SELECT id, path, parent_id, code, name, level, true FROM core.tenants WHERE id = $1
       ON CONFLICT (tenant_id) DO UPDATE SET has_conference = true`,
      [ctx.tenantId],
    );
  }
}
