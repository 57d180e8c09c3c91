import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { STANDING_LISTS, TaskListKind } from './domain/index.js';
import type { TaskList } from './dto/task.types.js';

const LIST_COLUMNS = `id, tenant_id AS "tenantId", conference_id AS "conferenceId", kind, name, goal, owner_name AS "ownerName",
  owner_unit_id AS "ownerUnitId", period_from::text AS "periodFrom", period_to::text AS "periodTo", version`;

/** A list as written by its office. */
export interface TaskListFields {
  name: string;
  goal: string | null;
  ownerName: string;
  ownerUnitId: string | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/** The statements on `task_lists` (and the list's name its tasks carry). */
@Injectable()
export class TaskListStore {
  /** The three standing lists of a conference just established, led by its office. */
  async seedStanding(em: EntityManager, ctx: TenantContext, conferenceId: string, officeName: string, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_lists (tenant_id, id, tenant_path, conference_id, kind, name, owner_name, created_at, updated_at)
       SELECT $1, l.id, $2, $3, l.kind, l.name, $4, $5, $5 FROM unnest($6::uuid[], $7::text[], $8::text[]) l (id, kind, name)`,
      [
        ctx.tenantId,
        ctx.tenantPath,
        conferenceId,
        officeName,
        at,
        STANDING_LISTS.map(() => randomUUID()),
        STANDING_LISTS.map((l) => l.kind),
        STANDING_LISTS.map((l) => l.name),
      ],
    );
  }

  /** The lists of a tenant's conference, standing lists first. */
  ofTenant(em: EntityManager, tenantId: string): Promise<TaskList[]> {
    return em.query(
      `SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE tenant_id = $1
        ORDER BY array_position($2::text[], kind), created_at, name`,
      [tenantId, Object.values(TaskListKind)],
    );
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<TaskList[]> {
    return em.query(`SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** One of a tenant's own lists, locked. */
  async ownLocked(em: EntityManager, tenantId: string, id: string): Promise<TaskList | null> {
    const [row]: TaskList[] = await em.query(`SELECT ${LIST_COLUMNS} FROM ${MEETINGS_SCHEMA}.task_lists WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      tenantId,
      id,
    ]);
    return row ?? null;
  }

  /** A list of the caller's own tenant, as a task is added to it. */
  async ownKind(em: EntityManager, tenantId: string, id: string): Promise<{ id: string; name: string; kind: TaskListKind } | null> {
    const [list]: { id: string; name: string; kind: TaskListKind }[] = await em.query(
      `SELECT id, name, kind FROM ${MEETINGS_SCHEMA}.task_lists WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return list ?? null;
  }

  /** Inserts a list unless its conference has one of that name; false when it has. */
  async insert(
    em: EntityManager,
    ctx: TenantContext,
    list: TaskListFields & { id: string; conferenceId: string; kind: TaskListKind },
    at: Date,
  ): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_lists
         (tenant_id, id, tenant_path, conference_id, kind, name, goal, owner_name, owner_unit_id, period_from, period_to, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
       ON CONFLICT (conference_id, name) DO NOTHING RETURNING id`,
      [
        ctx.tenantId,
        list.id,
        ctx.tenantPath,
        list.conferenceId,
        list.kind,
        list.name,
        list.goal,
        list.ownerName,
        list.ownerUnitId,
        list.periodFrom,
        list.periodTo,
        at,
      ],
    );
    return inserted.length > 0;
  }

  /** Whether another list of the conference has the name. */
  async nameTaken(em: EntityManager, conferenceId: string, name: string, exceptId: string): Promise<boolean> {
    const taken: unknown[] = await em.query(`SELECT 1 FROM ${MEETINGS_SCHEMA}.task_lists WHERE conference_id = $1 AND name = $2 AND id <> $3`, [
      conferenceId,
      name,
      exceptId,
    ]);
    return taken.length > 0;
  }

  async update(em: EntityManager, tenantId: string, id: string, list: TaskListFields, at: Date): Promise<void> {
    await em.query(
      `UPDATE ${MEETINGS_SCHEMA}.task_lists SET name = $3, goal = $4, owner_name = $5, owner_unit_id = $6, period_from = $7, period_to = $8,
              updated_at = $9, version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, list.name, list.goal, list.ownerName, list.ownerUnitId, list.periodFrom, list.periodTo, at],
    );
    // Its tasks carry the list's name for the tenants below, which cannot read the list: renamed with it.
    await em.query(`UPDATE ${MEETINGS_SCHEMA}.tasks SET list_name = $2 WHERE list_id = $1 AND list_name <> $2`, [id, list.name]);
  }
}
