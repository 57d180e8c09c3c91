import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { captureFirstRegistration } from './capture-sql.js';
import { loadConfig, type AppConfig } from '#common/config';

/**
 * One server process for the HTTP benchmark, started by bench/cases-http.ts with `fork`:
 * `serve.js cases|gateway|hive-gateway|worker|meetings-worker '<config overrides as JSON>'`. The
 * configuration is the environment's (`loadConfig()`) with the overrides on top (database, queue
 * prefix); the gateways find the cases subgraph at CASES_URL. `hive-gateway` serves the same
 * supergraph with `@graphql-hive/gateway-runtime` instead of the Apollo gateway, for comparison
 * only (bench/hive-gateway.ts). Listens on an ephemeral loopback port and tells the parent which
 * one over IPC; stops when the parent disconnects. Each role imports only its own modules, as the
 * services' entry points do, so that its resident memory is the deployed process's.
 */
const [role, raw] = process.argv.slice(2);
const overrides = JSON.parse(raw ?? '{}') as Partial<AppConfig>;
const config: AppConfig = { ...loadConfig(), ...overrides };

async function gatewaySettings() {
  return (await import('../apps/gateway/src/gateway.settings.js')).gatewaySettingsFromEnv();
}

let close: () => Promise<void>;
// BENCH_CAPTURE_REGISTRATION: the cases subgraph keeps the statements of the first registration it commits, for the pgbench floor.
if (role === 'cases' && process.env.BENCH_CAPTURE_REGISTRATION) captureFirstRegistration();
if (role === 'cases' || role === 'gateway') {
  const module =
    role === 'cases'
      ? (await import('../apps/cases/src/cases.module.js')).CasesModule.forRoot({ config })
      : (await import('../apps/gateway/src/gateway.module.js')).GatewayModule.forRoot({ config, settings: { ...(await gatewaySettings()), port: 0 } });
  const app = await NestFactory.create(module, { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  close = () => app.close();
  process.send!({ ready: true, port });
} else if (role === 'hive-gateway') {
  const { serveHiveGateway } = await import('./hive-gateway.js');
  const server = createServer(serveHiveGateway(config, process.env.CASES_URL ?? (await gatewaySettings()).subgraphUrls.cases));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  process.send!({ ready: true, port });
} else if (role === 'worker') {
  const { CasesWorkerModule } = await import('../apps/cases/src/cases-worker.module.js');
  const app = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot({ config }), { logger: ['error', 'warn'] });
  close = () => app.close();
  process.send!({ ready: true });
} else if (role === 'meetings-worker') {
  const { MeetingsWorkerModule } = await import('../apps/meetings/src/meetings-worker.module.js');
  const app = await NestFactory.createApplicationContext(MeetingsWorkerModule.forRoot({ config }), { logger: ['error', 'warn'] });
  close = () => app.close();
  process.send!({ ready: true });
} else {
  throw new Error(`unknown role ${role}`);
}
process.on('disconnect', () => void close().finally(() => process.exit(0)));
