import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '#common/directory';
import type { IsoDate } from '#common/calendar';
import { ReceptionEntity } from './entities/reception.entity.js';
import { resolvedCaseSql, type CaseTally } from './domain/reception-tally.js';

/** Which receptions a list shows: held between two dates, of one leader, in one tenant's subtree. */
export interface ReceptionSelection {
  from: IsoDate | null;
  to: IsoDate | null;
  leaderId?: string | null;
  tenantId?: string | null;
}

export type NewReception = Pick<ReceptionEntity, 'tenantId' | 'tenantPath' | 'leaderId' | 'leaderName' | 'date' | 'place'>;

/** A leader's receptions and the cases registered at them, before the rate is worked out. */
export interface LeaderTally extends CaseTally {
  leaderId: string;
  leaderName: string;
  tenantId: string;
  receptionCount: number;
}

const TENANT_PATH = '(SELECT t.path FROM core.tenants t WHERE t.id = :tenantId)';

/** The SQL of leader reception days (cases.receptions) and of the case figures counted on them. */
@Injectable()
export class ReceptionStore {
  /** A user of the tenant, as a candidate leader of a reception. */
  user(em: EntityManager, tenantId: string, id: string): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOneBy({ id, tenantId });
  }

  find(em: EntityManager, id: string, tenantId?: string): Promise<ReceptionEntity | null> {
    return em.getRepository(ReceptionEntity).findOneBy(tenantId === undefined ? { id } : { id, tenantId });
  }

  scheduled(em: EntityManager, tenantId: string, leaderId: string, date: IsoDate): Promise<boolean> {
    return em.getRepository(ReceptionEntity).existsBy({ tenantId, leaderId, date });
  }

  async insert(em: EntityManager, fields: NewReception): Promise<ReceptionEntity> {
    const repository = em.getRepository(ReceptionEntity);
    const reception = repository.create({ id: randomUUID(), ...fields });
    await repository.insert(reception);
    return reception;
  }

  /** Latest first, after the (date, id) key when given. */
  list(em: EntityManager, selection: ReceptionSelection, limit: number, after: [string, string] | null): Promise<ReceptionEntity[]> {
    const query = this.selected(em, selection).orderBy('r.date', 'DESC').addOrderBy('r.id', 'DESC').limit(limit);
    if (after) query.andWhere('(r.date, r.id) < (:afterDate::date, :afterId::uuid)', { afterDate: after[0], afterId: after[1] });
    return query.getMany();
  }

  count(em: EntityManager, selection: ReceptionSelection): Promise<number> {
    return this.selected(em, selection).getCount();
  }

  /** The case figures of the receptions that have cases. */
  tallies(em: EntityManager, receptionIds: readonly string[]): Promise<({ receptionId: string } & CaseTally)[]> {
    return em.query(
      `SELECT c.reception_id AS "receptionId",
              count(*)::int AS "caseCount",
              sum(c.person_count)::int AS "personCount",
              (count(*) FILTER (WHERE ${resolvedCaseSql('c')}))::int AS "resolvedCount"
         FROM cases.cases c
        WHERE c.reception_id = ANY ($1::uuid[])
        GROUP BY c.reception_id`,
      [receptionIds],
    );
  }

  /** Per leader, over the receptions held between `from` and `to` (in `tenantId`'s subtree when given). */
  leaderTallies(em: EntityManager, from: IsoDate | null, to: IsoDate | null, tenantId?: string | null): Promise<LeaderTally[]> {
    const params: unknown[] = [from, to];
    let subtree = '';
    if (tenantId) {
      params.push(tenantId);
      subtree = `AND r.tenant_path <@ (SELECT t.path FROM core.tenants t WHERE t.id = $3)`;
    }
    return em.query(
      `SELECT r.leader_id AS "leaderId",
              (array_agg(r.leader_name ORDER BY r.date DESC))[1] AS "leaderName",
              r.tenant_id AS "tenantId",
              count(DISTINCT r.id)::int AS "receptionCount",
              count(c.id)::int AS "caseCount",
              coalesce(sum(c.person_count), 0)::int AS "personCount",
              (count(c.id) FILTER (WHERE ${resolvedCaseSql('c')}))::int AS "resolvedCount"
         FROM cases.receptions r
         LEFT JOIN cases.cases c ON c.reception_id = r.id
        WHERE r.date BETWEEN $1 AND $2 ${subtree}
        GROUP BY r.tenant_id, r.leader_id
        ORDER BY "receptionCount" DESC, "caseCount" DESC, "leaderName"`,
      params,
    );
  }

  private selected(em: EntityManager, selection: ReceptionSelection) {
    const query = em.getRepository(ReceptionEntity).createQueryBuilder('r');
    if (selection.from) query.andWhere('r.date >= :from', { from: selection.from });
    if (selection.to) query.andWhere('r.date <= :to', { to: selection.to });
    if (selection.leaderId) query.andWhere('r.leaderId = :leaderId', { leaderId: selection.leaderId });
    if (selection.tenantId) query.andWhere(`r.tenant_path <@ ${TENANT_PATH}`, { tenantId: selection.tenantId });
    return query;
  }
}
