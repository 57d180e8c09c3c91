// `npm test [-- <jest args>]`: typecheck, unit tests, build and test template database, then
// the integration and e2e tests, against the PostgreSQL and Redis that ensureServices finds or
// starts. Stops at the first failure and exits with its code; the last line sums the tests of
// all Jest runs. Extra arguments go to every Jest run.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { applyDevSecrets, ensureDependencies, frontEndBuildEnv, onShutdownSignal, printError, runInherited, stopForeground } from './lib/common.mjs';

const TSC = 'node_modules/typescript/bin/tsc';
// The browser tests drive Debian's Chromium (the Playwright browser download is not reachable).
const CHROMIUM = '/usr/bin/chromium';
const JEST = 'node_modules/jest/bin/jest.js';
const ESLINT = 'node_modules/eslint/bin/eslint.js';
const PRETTIER = 'node_modules/prettier/bin/prettier.cjs';

const log = (message) => console.log(`[test] ${message}`);
const jestArgs = process.argv.slice(2);
let services;
let interrupted = false;

onShutdownSignal(async (signal) => {
  interrupted = true;
  log(`${signal}: stopping`);
  await stopForeground();
  await services?.stop();
  process.exit(128 + constants.signals[signal]);
});

try {
  process.exit(await main());
} catch (err) {
  printError(err);
  await services?.stop();
  process.exit(1);
}

async function main() {
  await ensureDependencies({ log });
  // Loaded only now: it needs pg and ioredis from node_modules.
  const { aptInstall, ensureServices } = await import('./lib/services.mjs');
  services = await ensureServices({ log });
  // The run's databases are named by its id, so that runs sharing a server keep to their own.
  const runId = randomBytes(4).toString('hex');
  const env = applyDevSecrets({
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    TEST_RUN_ID: runId,
    // Uploaded files of this run only, removed with its databases.
    FILES_DIR: path.join(tmpdir(), `petition-files-${runId}`),
  });

  const totals = { passed: 0, failed: 0 };
  const node = (args) => runInherited(process.execPath, args, { env });
  const steps = [
    // The type checks side by side with lint and the format check. The services' check also emits
    // them (into dist, as `npm run build` would), so they are not compiled a second time.
    [
      'typecheck, build and lint',
      () =>
        firstFailure([
          node([TSC, '-p', 'tsconfig.json']),
          node([TSC, '--noEmit', '-p', 'apps/console/tsconfig.json']),
          node([TSC, '--noEmit', '-p', 'apps/portal/tsconfig.json']),
          node([ESLINT, '.']),
          node([PRETTIER, '--check', '.']),
        ]),
    ],
    // Side by side, as none needs another: the unit tests; the template database the integration and
    // e2e suites clone (migrated and seeded by this compiled tool); the console and portal the
    // gateway serves to the browser tests (part of e2e).
    [
      'unit tests, test template and console build',
      () =>
        firstFailure([
          runJest(['unit'], env, totals),
          node(['dist/tools/prepare-test-template.js']),
          runInherited('npm', ['run', 'build:console'], { env: frontEndBuildEnv(env) }).then((code) =>
            code === 0 ? runInherited('npm', ['run', 'build:portal'], { env: frontEndBuildEnv(env) }) : code,
          ),
        ]),
    ],
    ['browser', () => ensureChromium(aptInstall)],
    // One run, so that no worker waits idle at the end of a project.
    ['integration and e2e tests', () => runJest(['integration', 'e2e'], env, totals)],
  ];
  let code = 0;
  for (const [name, run] of steps) {
    code = await run();
    if (code !== 0) {
      if (!interrupted) console.error(`error: ${name} failed (exit code ${code})`);
      break;
    }
  }
  await dropRunDatabases(services.databaseUrl, runId);
  rmSync(env.FILES_DIR, { recursive: true, force: true });
  await services.stop();
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return code;
}

/** Installs Chromium and the Noto CJK fonts (Chinese pages) with apt-get when Chromium is missing. */
async function ensureChromium(aptInstall) {
  if (existsSync(CHROMIUM)) return 0;
  log(`browser: ${CHROMIUM} is missing; installing chromium and fonts-noto-cjk with apt-get`);
  if ((await aptInstall(['chromium', 'fonts-noto-cjk'], (message) => log(`browser: ${message}`))) && existsSync(CHROMIUM)) return 0;
  console.error(
    `error: the browser tests need ${CHROMIUM}: install the Debian packages chromium and fonts-noto-cjk (as root: apt-get install chromium fonts-noto-cjk)`,
  );
  return 1;
}

/** The first non-zero exit code of commands run together, or 0. */
async function firstFailure(runs) {
  return (await Promise.all(runs)).find((code) => code !== 0) ?? 0;
}

async function runJest(projects, env, totals) {
  const outputFile = path.join(tmpdir(), `jest-${projects.join('-')}-${process.pid}.json`);
  // Two workers suit the two-core machines this runs on (a third made the browser files' animations and
  // the workers' jobs late enough to fail); an explicit choice wins.
  const workers = jestArgs.some((arg) => /^(--maxWorkers|-w|--runInBand|-i)(=|$)/.test(arg)) ? [] : ['--maxWorkers=2'];
  const code = await runInherited(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      JEST,
      '--selectProjects',
      ...projects,
      ...workers,
      '--json',
      `--outputFile=${outputFile}`,
      ...jestArgs,
    ],
    { env },
  );
  try {
    const results = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
  } catch {
    // Jest failed before writing results (e.g. a configuration error); its output says why.
  } finally {
    rmSync(outputFile, { force: true });
  }
  return code;
}

/** Drops what this run created: its template and any clone a killed test file left behind. */
async function dropRunDatabases(databaseUrl, runId) {
  const { default: pg } = await import('pg');
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`petition_test_${runId}_`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
