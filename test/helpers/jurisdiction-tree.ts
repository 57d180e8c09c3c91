import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Role, TokenService } from '#common/auth';

export interface JurisdictionSpec {
  code: string;
  name?: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';
  parent: string | null;
}

/**
 * A small tenant tree of a test's own, written straight into a service's jurisdictions read
 * model, so what the test counts does not depend on the demo seed.
 */
export class JurisdictionTree<K extends string> {
  readonly ids: Record<K, string>;

  constructor(readonly spec: Record<K, JurisdictionSpec & { parent: NoInfer<K> | null }>) {
    this.ids = Object.fromEntries(Object.keys(spec).map((key) => [key, randomUUID()])) as Record<K, string>;
  }

  get keys(): K[] {
    return Object.keys(this.spec) as K[];
  }

  pathOf(key: K): string {
    const { parent, code } = this.spec[key];
    return parent ? `${this.pathOf(parent)}.${code}` : code;
  }

  /** Inserts every node, with the service's own extra columns where given. */
  async insertInto(adminUrl: string, schema: string, extra: (key: K) => Record<string, unknown> = () => ({})): Promise<void> {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      for (const key of this.keys) {
        const { code, name, level, parent } = this.spec[key];
        const row: Record<string, unknown> = {
          tenant_id: this.ids[key],
          tenant_path: this.pathOf(key),
          parent_id: parent ? this.ids[parent] : null,
          code,
          name: name ?? key,
          level,
          ...extra(key),
        };
        const columns = Object.keys(row);
        await admin.query(
          `INSERT INTO ${schema}.jurisdictions (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          Object.values(row),
        );
      }
    } finally {
      await admin.end();
    }
  }

  /** A token for a user of one of the tree's tenants. */
  tokenFor(signer: TokenService, key: K, role: Role): Promise<string> {
    return signer.sign({
      userId: randomUUID(),
      username: `${key}.${role.toLowerCase()}`,
      tenantId: this.ids[key],
      tenantPath: this.pathOf(key),
      unitId: null,
      roles: [role],
    });
  }
}
