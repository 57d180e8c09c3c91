import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '#common/config';

/** The benchmark's server processes (bench/serve.ts), forked, each telling over IPC when it is ready. */
export interface Server {
  name: string;
  child: ChildProcess;
  port?: number;
}

export function start(name: string, role: string, overrides: Partial<AppConfig>, env: NodeJS.ProcessEnv): Promise<Server> {
  const script = fileURLToPath(new URL('./serve.js', import.meta.url));
  // BENCH_PROFILE_DIR: each server writes a V8 CPU profile there when it exits (to see where a load's time goes).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  // Warnings and errors only (LOG_LEVEL overrides): a load's access lines would drown the runner's output.
  const child = fork(script, [role, JSON.stringify(overrides)], {
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    execArgv: profile,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.once('message', (message: { ready: boolean; port?: number }) => {
      clearTimeout(timer);
      resolve({ name, child, port: message.port });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready`));
    });
  });
}

export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    const kill = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
    server.child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    if (server.child.connected) server.child.disconnect();
    else server.child.kill('SIGTERM');
  });
}
