import { randomUUID } from 'node:crypto';
import type { DynamicModule, INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { App } from 'supertest/types.js';
import { type Role, TokenService } from '#common/auth';
import type { AppConfig } from '#common/config';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import type { JurisdictionTree } from './jurisdiction-tree.js';

/** The root modules a harness runs: the subgraph's, and its worker's when the spec drives one. */
export interface HarnessModules {
  app: DynamicModule;
  worker?: DynamicModule;
}

/**
 * A subgraph (and optionally its worker, consumers and jobs driven by hand) on a database of the
 * spec file's own, with a tree of the test's in the service's jurisdictions read model; superuser
 * SQL beside it for looking behind the API. Services' harnesses extend it with their own helpers.
 */
export abstract class SubgraphHarness<K extends string> {
  db!: TestDatabase;
  admin!: pg.Client;
  app!: INestApplication;
  worker!: INestApplicationContext;
  server!: App;
  protected signer!: TokenService;

  constructor(
    readonly tree: JurisdictionTree<K>,
    private readonly schema: string,
  ) {}

  /** The modules to run, on the harness's database. */
  protected abstract modules(config: AppConfig): HarnessModules;

  /** What a harness writes before the services start (e.g. the directory's own rows). */
  protected async prepare(): Promise<void> {}

  async start(): Promise<void> {
    this.db = await createTestDatabase();
    await this.tree.insertInto(this.db.adminUrl, this.schema);
    this.admin = new pg.Client({ connectionString: this.db.adminUrl });
    await this.admin.connect();
    await this.prepare();
    const modules = this.modules(this.db.config);
    this.app = await NestFactory.create(modules.app, { logger: ['error'] });
    await this.app.init();
    this.server = this.app.getHttpServer();
    if (modules.worker) this.worker = await NestFactory.createApplicationContext(modules.worker, { logger: ['error'] });
    this.signer = this.app.get(TokenService);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.app?.close();
    await this.admin?.end();
    await this.db?.drop();
  }

  /** A user of a tenant of the tree; with a unit and only unit roles, a unit-scoped user. */
  readonly token = (key: K, roles: Role[], unitId: string | null = null): Promise<string> =>
    this.signer.sign({
      userId: randomUUID(),
      username: `${key}.${roles.join('+').toLowerCase()}`,
      tenantId: this.tree.ids[key],
      tenantPath: this.tree.pathOf(key),
      unitId,
      roles,
    });
}
