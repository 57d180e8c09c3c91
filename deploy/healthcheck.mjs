// The image's HEALTHCHECK: finds which service process the container runs (by the entry point in
// the command lines under /proc, so also behind an init such as `docker run --init`) and asks that
// process's own port for /health, with Node's fetch (the image has no curl). A container running a
// one-off tool (migrate, seed) is healthy while it runs. HEALTHCHECK_URL overrides.
import { readFileSync, readdirSync } from 'node:fs';

const env = process.env;
const port = (variable, fallback) => Number(env[variable] || fallback);
const gateway = port('GATEWAY_PORT', 4000);

/** The port of each entry point, with the processes' own defaults. */
const PORTS = {
  'dist/apps/gateway/src/main.js': gateway,
  'dist/apps/cases/src/main.js': port('CASES_PORT', 4001),
  'dist/apps/meetings/src/main.js': port('MEETINGS_PORT', 4002),
  'dist/apps/assessment/src/main.js': port('ASSESSMENT_PORT', 4003),
  'dist/apps/cases/src/main.worker.js': port('CASES_WORKER_PORT', gateway + 11),
  'dist/apps/meetings/src/main.worker.js': port('MEETINGS_WORKER_PORT', gateway + 12),
  'dist/apps/assessment/src/main.worker.js': port('ASSESSMENT_WORKER_PORT', gateway + 13),
};

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return []; // ended meanwhile
  }
}

function url() {
  if (env.HEALTHCHECK_URL) return env.HEALTHCHECK_URL;
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  const entry = pids.flatMap(commandLine).find((arg) => arg in PORTS);
  return entry ? `http://127.0.0.1:${PORTS[entry]}/health` : null;
}

const target = url();
if (!target) process.exit(0);
fetch(target, { signal: AbortSignal.timeout(2500) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
