import { register } from 'node:module';
import { tracesEndpointOf } from './settings.js';

/**
 * The instrumented libraries, as the ES module loader hook intercepts them. CommonJS requires
 * (TypeORM loading `pg`, Nest loading `graphql` and `http`) are patched without the hook, but
 * ES module imports of a package (BullMQ's and this code base's `ioredis`) only through it.
 */
const HOOKED_MODULES = ['ioredis', 'pg', 'graphql'];

/**
 * Starts tracing for the process when an OTLP endpoint is configured (see `tracesEndpointOf`);
 * otherwise does nothing at all. Must run before the instrumented libraries load: a process's
 * entry point awaits it, then imports the application.
 */
export async function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!tracesEndpointOf(env)) return;
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: HOOKED_MODULES } });
  const { telemetrySdk } = await import('./sdk.js');
  telemetrySdk(serviceName).start();
}
