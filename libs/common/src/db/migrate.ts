import pg from 'pg';
import { APP_DB_ROLE, appDbPassword } from '../config/index.js';
import { createDataSource, type ServiceDatabase } from './data-source.js';

const MIGRATION_LOCK = 7_420_001;

/**
 * Applies every service's migrations in order (the directory first: the others depend on its
 * functions), serialised by an advisory lock so that two starting processes cannot race.
 * Idempotent: applied migrations are recorded per service and skipped.
 */
export async function migrateAll(adminUrl: string, services: ServiceDatabase[], log: (line: string) => void = () => {}): Promise<number> {
  const lock = new pg.Client({ connectionString: adminUrl });
  await lock.connect();
  let applied = 0;
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    for (const service of services) {
      const dataSource = createDataSource(adminUrl, service, 2);
      await dataSource.initialize();
      try {
        const done = await dataSource.runMigrations({ transaction: 'each' });
        applied += done.length;
        for (const migration of done) log(`${service.name}: applied ${migration.name}`);
      } finally {
        await dataSource.destroy();
      }
    }
    // The role is created by a migration; its password comes from this deployment's configuration.
    await lock.query(`ALTER ROLE ${APP_DB_ROLE} WITH LOGIN PASSWORD '${appDbPassword().replaceAll("'", "''")}'`);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
  return applied;
}
