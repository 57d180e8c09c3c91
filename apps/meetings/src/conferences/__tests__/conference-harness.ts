import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import type { Clock } from '#common/clock';
import type { AppConfig } from '#common/config';
import { EventWorker } from '#common/worker';
import type { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { type HarnessModules, SubgraphHarness } from '#test/helpers/subgraph-harness.js';
import { MeetingsWorkerModule } from '../../meetings-worker.module.js';
import { MeetingsModule } from '../../meetings.module.js';

/**
 * The meetings subgraph on a database of the file's own, with the tree's tenants in the directory
 * (core.tenants) and in the meetings read model; units and users of the directory are kept by a
 * name of the test's, `key:name`. The helpers are bound, so a spec may destructure them. With
 * `worker`, the meetings worker runs beside it on the same clock, its consumers and jobs driven by hand.
 */
export class ConferenceHarness<K extends string> extends SubgraphHarness<K> {
  /** Units and users of the directory, by `key:name`. */
  readonly units: Record<string, string> = {};
  readonly users: Record<string, string> = {};
  private readonly accounts: Record<string, { unitId: string | null; roles: Role[] }> = {};

  constructor(
    tree: JurisdictionTree<K>,
    private readonly options: { clock?: Clock; worker?: boolean } = {},
  ) {
    super(tree, 'meetings');
  }

  protected modules(config: AppConfig): HarnessModules {
    const { clock, worker } = this.options;
    return { app: MeetingsModule.forRoot({ config, clock }), ...(worker ? { worker: MeetingsWorkerModule.forRoot({ config, autoStart: false, clock }) } : {}) };
  }

  /** The tree's tenants in the directory too: conferences name its units and users. */
  protected async prepare(): Promise<void> {
    for (const key of this.tree.keys) {
      const { code, name, level, parent } = this.tree.spec[key];
      await this.admin.query(`INSERT INTO core.tenants (id, code, name, level, parent_id, path) VALUES ($1, $2, $3, $4, $5, $6)`, [
        this.tree.ids[key],
        code,
        name,
        level,
        parent ? this.tree.ids[parent] : null,
        this.tree.pathOf(key),
      ]);
    }
  }

  readonly office = (key: K): Promise<string> => this.token(key, [Role.CONFERENCE_OFFICE]);

  /** The token of a user made with `user`: its id, unit and roles. */
  readonly tokenOf = (key: K, name: string): Promise<string> => {
    const { unitId, roles } = this.accounts[`${key}:${name}`]!;
    return this.signer.sign({
      userId: this.users[`${key}:${name}`]!,
      username: name,
      tenantId: this.tree.ids[key],
      tenantPath: this.tree.pathOf(key),
      unitId,
      roles,
    });
  };

  readonly unit = async (key: K, name: string, kind = 'COMPETENT_BODY'): Promise<void> => {
    this.units[`${key}:${name}`] = randomUUID();
    await this.admin.query(`INSERT INTO core.units (tenant_id, id, tenant_path, name, kind) VALUES ($1, $2, $3, $4, $5)`, [
      this.tree.ids[key],
      this.units[`${key}:${name}`],
      this.tree.pathOf(key),
      name,
      kind,
    ]);
  };

  readonly user = async (key: K, name: string, roles: Role[], unitName: string | null = null, active = true): Promise<void> => {
    this.users[`${key}:${name}`] = randomUUID();
    this.accounts[`${key}:${name}`] = { unitId: unitName ? this.units[`${key}:${unitName}`]! : null, roles };
    await this.admin.query(
      `INSERT INTO core.users (tenant_id, id, tenant_path, unit_id, username, display_name, roles, password_hash, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'x', $8)`,
      [
        this.tree.ids[key],
        this.users[`${key}:${name}`],
        this.tree.pathOf(key),
        unitName ? this.units[`${key}:${unitName}`] : null,
        `u${randomUUID().slice(0, 12)}`,
        name,
        roles,
        active,
      ],
    );
  };

  /**
   * A case as the cases service announces it (`case.transitioned`, under the acting tenant),
   * taken by the worker's consumer; returns its id. Needs `worker`.
   */
  readonly caseTransitioned = async (
    actingKey: K,
    kase: { id?: string; number: string; title: string; holder: K; version?: number; handlingUnitId?: string | null; accusedUnitId?: string | null },
  ): Promise<string> => {
    const id = kase.id ?? randomUUID();
    const payload = {
      caseId: id,
      number: kase.number,
      title: kase.title,
      version: kase.version ?? 1,
      holderTenantPath: this.tree.pathOf(kase.holder),
      handlingUnitId: kase.handlingUnitId ?? null,
      accusedUnitId: kase.accusedUnitId ?? null,
      at: new Date().toISOString(),
    };
    await this.worker.get(EventWorker).consumer.applyBatch([
      {
        id: randomUUID(),
        topic: 'case.transitioned',
        tenantId: this.tree.ids[actingKey],
        tenantPath: this.tree.pathOf(actingKey),
        requestId: 'test',
        occurredAt: payload.at,
        payload,
      },
    ]);
    return id;
  };

  readonly count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await this.admin.query(sql, params)).rows[0].count);
}
