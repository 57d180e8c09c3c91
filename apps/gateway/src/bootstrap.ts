import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GatewayModule } from './gateway.module.js';
import { serveHttp } from '#common/platform';
import { startProcessMetrics } from '#common/metrics';
import { gatewaySettingsFromEnv } from './gateway.settings.js';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();
startProcessMetrics('gateway');

const settings = gatewaySettingsFromEnv();
const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot({ settings }), { logger: serviceLogger('gateway'), bodyParser: false });
await serveHttp(app, settings.port);
