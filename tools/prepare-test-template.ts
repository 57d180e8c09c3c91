import 'reflect-metadata';
import pg from 'pg';
import { NestFactory } from '@nestjs/core';
import { migrateAll } from '#common/db';
import { appDatabaseUrlFrom, loadConfig } from '#common/config';
import { recreateTemplateDatabase } from '#common/testing';
import { SERVICE_DATABASES } from './services.js';
import { SeedModule } from '../apps/cases/src/seed/seed.module.js';
import { DemoSeeder } from '../apps/cases/src/seed/demo-seeder.js';

/**
 * Run by `npm test` before the integration and end-to-end suites: a fresh template database,
 * migrated and holding the demo province (test/fixtures/demo-accounts.json). Every test file
 * clones it, so files run in parallel and never see each other's rows.
 */
const base = loadConfig();
const templateUrl = await recreateTemplateDatabase(base.databaseUrl);
await migrateAll(templateUrl, SERVICE_DATABASES);
const seeding = await NestFactory.createApplicationContext(
  SeedModule.forRoot({ config: { ...base, databaseUrl: templateUrl, appDatabaseUrl: appDatabaseUrlFrom(templateUrl) } }),
  { logger: ['error'] },
);
try {
  await seeding.get(DemoSeeder).seed();
} finally {
  await seeding.close();
}
// Clones inherit the statistics, so plans in tests look like plans in production.
const analyze = new pg.Client({ connectionString: templateUrl });
await analyze.connect();
await analyze.query('ANALYZE');
await analyze.end();
console.log('test template database ready');
