import './setup-env.js';
import { migrateAll } from '#common/db';
import { loadConfig } from '#common/config';
import { recreateTemplateDatabase } from '#common/testing';
import { SERVICE_DATABASES } from '../tools/services.js';

/** Migrates a fresh template database once per run; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  const templateUrl = await recreateTemplateDatabase(loadConfig().databaseUrl);
  await migrateAll(templateUrl, SERVICE_DATABASES);
}
