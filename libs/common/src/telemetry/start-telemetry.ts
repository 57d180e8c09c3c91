import { createRequire } from 'node:module';
import { tracesEndpointOf } from './settings.js';

/**
 * Instrumented CommonJS packages that ES modules import (`ioredis` by BullMQ and this code base):
 * the instrumentations patch a package when it is `require`d, and an ES import does not go through
 * `require`. Requiring them once here patches the module objects the later imports share. (An ES
 * module loader hook would do the same for every import, at ~2 s more CPU and ~40 MB more memory
 * at a subgraph's start.)
 */
const IMPORTED_INSTRUMENTED_PACKAGES = ['ioredis', 'pg'];

let running: { shutdown(): Promise<void> } | null = null;

/**
 * Starts tracing for the process when an OTLP endpoint is configured (see `tracesEndpointOf`);
 * otherwise does nothing at all. Must run before the instrumented libraries load: a process's
 * entry point awaits it, then imports the application.
 */
export async function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!tracesEndpointOf(env)) return;
  const { telemetrySdk } = await import('./sdk.js');
  const sdk = telemetrySdk(serviceName);
  sdk.start();
  running = sdk;
  const require = createRequire(import.meta.url);
  for (const name of IMPORTED_INSTRUMENTED_PACKAGES) require(name);
}

/** Sends the spans still batched and stops tracing, as the process shuts down (a no-op when it is off). */
export async function stopTelemetry(): Promise<void> {
  const sdk = running;
  running = null;
  await sdk?.shutdown().catch(() => undefined);
}
