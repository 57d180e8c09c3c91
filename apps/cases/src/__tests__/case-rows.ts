import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Stage } from '#common/calendar';

/**
 * Cases written straight into a test database as the superuser, for tests of reads, jobs and
 * policies that need cases in given states without walking each one through the lifecycle.
 */
export interface CaseRow {
  /** Registering tenant (division code); also the holder unless `holderCode` is given. */
  tenantCode: string;
  holderCode?: string;
  problemCode?: string;
  handlingUnitName?: string | null;
  accusedUnitName?: string | null;
  kind?: 'SUGGESTION' | 'ACCUSATION' | 'CLAIM';
  channel?: string;
  state?: string;
  title?: string;
  content?: string;
  personCount?: number;
  registeredOn?: string;
  leaderOwnerId?: string | null;
  receptionId?: string | null;
  rating?: string | null;
  closeReason?: string | null;
  declineReason?: string | null;
  /** Open clocks with their deadlines; the case's `deadline` is the earliest. */
  openStages?: { stage: Stage; startedOn: string; deadline: string | null; ownerCode?: string }[];
}

async function one<T>(admin: pg.Pool, sql: string, params: unknown[]): Promise<T> {
  const { rows } = await admin.query(sql, params);
  if (!rows[0]) throw new Error(`fixture lookup found nothing: ${sql} ${JSON.stringify(params)}`);
  return rows[0] as T;
}

const tenantByCode = (admin: pg.Pool, code: string) =>
  one<{ id: string; path: string }>(admin, 'SELECT id, path::text AS path FROM core.tenants WHERE code = $1', [code]);

const unitByName = (admin: pg.Pool, tenantId: string, name: string) =>
  one<{ id: string }>(admin, 'SELECT id FROM core.units WHERE tenant_id = $1 AND name = $2', [tenantId, name]);

/** A category of the province's tree (the first one by ordinal), created when the tree is empty. */
export async function anyCategoryId(admin: pg.Pool, rootCode = '510000'): Promise<string> {
  const root = await tenantByCode(admin, rootCode);
  const { rows } = await admin.query('SELECT id FROM cases.categories WHERE tenant_id = $1 ORDER BY ordinal, code LIMIT 1', [root.id]);
  if (rows[0]) return rows[0].id;
  const id = randomUUID();
  await admin.query(`INSERT INTO cases.categories (tenant_id, id, tenant_path, code, name) VALUES ($1, $2, $3, 'FIXTURE', '测试分类')`, [
    root.id,
    id,
    root.path,
  ]);
  return id;
}

export async function insertCase(admin: pg.Pool, row: CaseRow): Promise<{ id: string; number: string }> {
  const registering = await tenantByCode(admin, row.tenantCode);
  const holder = row.holderCode ? await tenantByCode(admin, row.holderCode) : registering;
  const problem = await tenantByCode(admin, row.problemCode ?? row.holderCode ?? row.tenantCode);
  const unit = row.handlingUnitName ? await unitByName(admin, holder.id, row.handlingUnitName) : null;
  const accused = row.accusedUnitName ? await unitByName(admin, holder.id, row.accusedUnitName) : null;
  const stages = row.openStages ?? [];
  const earliest = [...stages].filter((s) => s.deadline).sort((a, b) => (a.deadline! < b.deadline! ? -1 : 1))[0];
  const id = randomUUID();
  const number = `T${id.slice(0, 8).toUpperCase()}`;
  const chain = registering.id === holder.id ? [registering.id] : [registering.id, holder.id];
  await admin.query(
    `INSERT INTO cases.cases (tenant_id, id, tenant_path, number, channel, kind, category_id, title, content,
       problem_jurisdiction_id, problem_jurisdiction_path, handling_tenant_id, handling_unit_id, chain_tenant_ids,
       accused_unit_id, person_count, leader_owner_id, reception_id, state, open_stages, deadline, deadline_stage,
       rating, close_reason, decline_reason, level_skipping, registered_on, registered_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,false,$26,$26::date + time '09:00')`,
    [
      registering.id,
      id,
      holder.path,
      number,
      row.channel ?? 'LETTER',
      row.kind ?? 'CLAIM',
      await anyCategoryId(admin, registering.path.split('.')[0]),
      row.title ?? '测试信访事项',
      row.content ?? '测试信访内容',
      problem.id,
      problem.path,
      holder.id,
      unit?.id ?? null,
      chain,
      accused?.id ?? null,
      row.personCount ?? 1,
      row.leaderOwnerId ?? null,
      row.receptionId ?? null,
      row.state ?? (stages.length ? 'ACCEPTED' : 'CLOSED'),
      stages.map((s) => s.stage),
      earliest?.deadline ?? null,
      earliest?.stage ?? null,
      row.rating ?? null,
      row.closeReason ?? null,
      row.declineReason ?? null,
      row.registeredOn ?? '2026-03-02',
    ],
  );
  for (const stage of stages) {
    const owner = stage.ownerCode ? await tenantByCode(admin, stage.ownerCode) : holder;
    await admin.query(
      `INSERT INTO cases.case_stages (tenant_id, case_id, stage, owner_tenant_id, started_on, base_deadline, deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [registering.id, id, stage.stage, owner.id, stage.startedOn, stage.deadline],
    );
  }
  return { id, number };
}
