import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { UnitEntity, UserEntity } from '#common/directory';
import type { TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import type { Conference, ConferenceConvenor, ConferenceMember } from './dto/conference.types.js';

/** A conference row, without its members. */
export interface ConferenceRow {
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

/** A member that has not left its conference. */
export interface CurrentMember {
  id: string;
  unitId: string | null;
  name: string;
  liaisonUserId: string;
}

/** A member as it will be written, its names taken from the directory. */
export interface ResolvedMember {
  unitId: string | null;
  name: string;
  liaisonUserId: string;
  liaisonName: string;
}

/** The fields of a conference an update writes. */
export interface ConferenceChange {
  establishedOn: string;
  officeUnitId: string;
  officeUnitName: string;
  convenors: ConferenceConvenor[];
}

const CONFERENCE_COLUMNS = `id, tenant_id AS "tenantId", established_on::text AS "establishedOn", office_unit_id AS "officeUnitId",
  office_unit_name AS "officeUnitName", convenors, version, updated_at AS "updatedAt"`;
const MEMBER_COLUMNS = `id, conference_id AS "conferenceId", unit_id AS "unitId", name, liaison_user_id AS "liaisonUserId",
  liaison_name AS "liaisonName", joined_on::text AS "joinedOn", ended_on::text AS "endedOn"`;

/** The statements on `conferences` and `conference_members`, and the directory reads a conference's pickers need. */
@Injectable()
export class ConferenceStore {
  /** The conferences of tenants, with all their members, in no order. */
  async ofTenants(em: EntityManager, tenantIds: readonly string[]): Promise<Conference[]> {
    const rows: ConferenceRow[] = await em.query(`SELECT ${CONFERENCE_COLUMNS} FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = ANY($1::uuid[])`, [
      [...tenantIds],
    ]);
    return this.withMembers(em, rows);
  }

  /** Conferences with all their members, in the order of `rows`. */
  async withMembers(em: EntityManager, rows: readonly ConferenceRow[]): Promise<Conference[]> {
    const members = await this.membersOf(
      em,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      ...row,
      allMembers: members.filter((m) => m.conferenceId === row.id).map(({ conferenceId: _conferenceId, ...member }) => member),
    }));
  }

  /** The conference of one tenant (never a child's, which the subtree rule would show). */
  async ofTenant(em: EntityManager, tenantId: string, lock = false): Promise<ConferenceRow | null> {
    const [row]: ConferenceRow[] = await em.query(
      `SELECT ${CONFERENCE_COLUMNS} FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [tenantId],
    );
    return row ?? null;
  }

  /** The members of a conference that have not left it. */
  currentMembers(em: EntityManager, conferenceId: string): Promise<CurrentMember[]> {
    return em.query(
      `SELECT id, unit_id AS "unitId", name, liaison_user_id AS "liaisonUserId" FROM ${MEETINGS_SCHEMA}.conference_members WHERE conference_id = $1 AND ended_on IS NULL ORDER BY joined_on, name`,
      [conferenceId],
    );
  }

  async insert(em: EntityManager, ctx: TenantContext, id: string, change: ConferenceChange, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.conferences
         (tenant_id, id, tenant_path, established_on, office_unit_id, office_unit_name, convenors, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1)`,
      [ctx.tenantId, id, ctx.tenantPath, change.establishedOn, change.officeUnitId, change.officeUnitName, JSON.stringify(change.convenors), at],
    );
  }

  /** Writes the tenant's conference at `version`; false when that version is gone. */
  async update(em: EntityManager, tenantId: string, version: number, change: ConferenceChange, at: Date): Promise<boolean> {
    // (An UPDATE answers TypeORM's `query` with [rows, count]; a CTE makes it a plain row list.)
    const updated: unknown[] = await em.query(
      `WITH changed AS (
         UPDATE ${MEETINGS_SCHEMA}.conferences
            SET established_on = $3, office_unit_id = $4, office_unit_name = $5, convenors = $6, updated_at = $7, version = version + 1
          WHERE tenant_id = $1 AND version = $2 RETURNING id
       ) SELECT id FROM changed`,
      [tenantId, version, change.establishedOn, change.officeUnitId, change.officeUnitName, JSON.stringify(change.convenors), at],
    );
    return updated.length > 0;
  }

  /** A member change is a change of the conference: its version moves, so a stale edit is refused. */
  async touch(em: EntityManager, tenantId: string, at: Date): Promise<void> {
    await em.query(`UPDATE ${MEETINGS_SCHEMA}.conferences SET version = version + 1, updated_at = $2 WHERE tenant_id = $1`, [tenantId, at]);
  }

  async insertMember(em: EntityManager, ctx: TenantContext, id: string, conferenceId: string, member: ResolvedMember, joinedOn: string): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.conference_members
         (tenant_id, id, tenant_path, conference_id, unit_id, name, liaison_user_id, liaison_name, joined_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [ctx.tenantId, id, ctx.tenantPath, conferenceId, member.unitId, member.name, member.liaisonUserId, member.liaisonName, joinedOn],
    );
  }

  async endMember(em: EntityManager, tenantId: string, memberId: string, endedOn: string): Promise<void> {
    await em.query(`UPDATE ${MEETINGS_SCHEMA}.conference_members SET ended_on = $3 WHERE tenant_id = $1 AND id = $2`, [tenantId, memberId, endedOn]);
  }

  /** The active users of a tenant, by name. */
  activeUsers(em: EntityManager, tenantId: string): Promise<UserEntity[]> {
    return em.getRepository(UserEntity).find({ where: { tenantId, active: true }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /** Directory users by id, as far as row-level security shows them. */
  users(em: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    const wanted = [...new Set(ids)];
    return wanted.length ? em.getRepository(UserEntity).findBy({ id: In(wanted) }) : Promise.resolve([]);
  }

  /** Directory units by id, as far as row-level security shows them. */
  units(em: EntityManager, ids: readonly string[]): Promise<UnitEntity[]> {
    const wanted = [...new Set(ids)];
    return wanted.length ? em.getRepository(UnitEntity).findBy({ id: In(wanted) }) : Promise.resolve([]);
  }

  private membersOf(em: EntityManager, conferenceIds: readonly string[]): Promise<MemberRow[]> {
    if (conferenceIds.length === 0) return Promise.resolve([]);
    return em.query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_members WHERE conference_id = ANY($1::uuid[]) ORDER BY conference_id, joined_on, name`,
      [[...conferenceIds]],
    );
  }
}
