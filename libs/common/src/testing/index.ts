import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { appDatabaseUrlFrom, loadConfig, type AppConfig } from '../config/index.js';
import { databaseUrl, onServer } from '../db/databases.js';

const CLONE_LOCK = 7_420_002;

/**
 * The databases of one test run share its run id (`TEST_RUN_ID`, set by `npm test`; "local" for a
 * hand-run Jest), so runs on the same server never see, clone or drop each other's databases.
 */
function runPrefix(): string {
  const runId = process.env.TEST_RUN_ID ?? 'local';
  if (!/^[a-z0-9]{1,20}$/.test(runId)) throw new Error(`TEST_RUN_ID must be 1-20 lowercase letters or digits, not "${runId}"`);
  return `petition_test_${runId}_`;
}

/** A database name of this run's (dropped with the run's others). */
export function runDatabaseName(suffix: string): string {
  return `${runPrefix()}${suffix}`;
}

export function templateDatabaseName(): string {
  return runDatabaseName('template');
}

/** Drops this run's databases (leftovers of an interrupted run with the same id included). */
export async function dropRunDatabases(adminUrl: string): Promise<void> {
  await onServer(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [runPrefix()]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** Drops this run's earlier databases, then creates the empty template to migrate. */
export async function recreateTemplateDatabase(adminUrl: string): Promise<string> {
  await dropRunDatabases(adminUrl);
  await onServer(adminUrl, (client) => client.query(`CREATE DATABASE "${templateDatabaseName()}"`));
  return databaseUrl(adminUrl, templateDatabaseName());
}

export interface TestDatabase {
  name: string;
  adminUrl: string;
  config: AppConfig;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, cloned from the migrated template, so that files run
 * in parallel and never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = loadConfig();
  const name = runDatabaseName(randomBytes(6).toString('hex'));
  const template = templateDatabaseName();
  await onServer(base.databaseUrl, async (client) => {
    // Cloning needs the template idle: serialise clones across parallel test files.
    await client.query('SELECT pg_advisory_lock($1)', [CLONE_LOCK]);
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } catch (error) {
      if ((error as { code?: string }).code === '3D000') {
        throw new Error(`no ${template}: npm test prepares it (npm run build && node dist/tools/prepare-test-template.js)`);
      }
      throw error;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [CLONE_LOCK]);
    }
  });
  const adminUrl = databaseUrl(base.databaseUrl, name);
  const queuePrefix = `test-${name}`;
  return {
    name,
    adminUrl,
    config: { ...base, databaseUrl: adminUrl, appDatabaseUrl: appDatabaseUrlFrom(adminUrl), queuePrefix },
    drop: async () => {
      await dropKeys(base.redisUrl, queuePrefix);
      await onServer(base.databaseUrl, async (client) => {
        // Pools ended just before may still be closing their connections; a forced drop would send
        // those a FATAL that their ended pools no longer listen for, failing the file. Wait a moment.
        for (let waited = 0; waited < 2_000; waited += 20) {
          const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

/** Removes the Redis keys of a test database's queue prefix: its queues' and its services' (Redis is shared too). */
async function dropKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>) {
      if (keys.length) await redis.del(...keys);
    }
  } finally {
    await redis.quit();
  }
}
