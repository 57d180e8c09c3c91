// `npm test [-- <jest args>]`: typecheck, then the unit, integration and e2e Jest projects in
// turn against the PostgreSQL and Redis that ensureServices finds or starts. Stops at the
// first failure and exits with its code; the last line sums the tests of all Jest runs.
import { readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyDevSecrets,
  ensureDependencies,
  onShutdownSignal,
  printError,
  runInherited,
  stopForeground,
} from './lib/common.mjs';

const PROJECTS = ['unit', 'integration', 'e2e'];
const TSC = 'node_modules/typescript/bin/tsc';
const JEST = 'node_modules/jest/bin/jest.js';

const log = (message) => console.log(`[test] ${message}`);
const jestArgs = process.argv.slice(2);
let services;

onShutdownSignal(async (signal) => {
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
  const { ensureServices } = await import('./lib/services.mjs');
  services = await ensureServices({ log });
  const env = applyDevSecrets({ ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl });

  const totals = { passed: 0, failed: 0 };
  let code = await runInherited(process.execPath, [TSC, '--noEmit', '-p', 'tsconfig.json'], { env });
  if (code !== 0) {
    console.error(`error: typecheck failed (exit code ${code})`);
  } else {
    for (const project of PROJECTS) {
      code = await runJest(project, env, totals);
      if (code !== 0) {
        console.error(`error: ${project} tests failed (exit code ${code})`);
        break;
      }
    }
  }
  await services.stop();
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return code;
}

async function runJest(project, env, totals) {
  const outputFile = path.join(tmpdir(), `jest-${project}-${process.pid}.json`);
  // Two workers suit the two-core machines this runs on; an explicit choice wins.
  const workers = jestArgs.some((arg) => /^(--maxWorkers|-w|--runInBand|-i)(=|$)/.test(arg)) ? [] : ['--maxWorkers=2'];
  const code = await runInherited(
    process.execPath,
    ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', JEST, '--selectProjects', project,
      ...workers, '--json', `--outputFile=${outputFile}`, ...jestArgs],
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
