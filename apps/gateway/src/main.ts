import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GatewayModule } from './gateway.module.js';
import { gatewaySettingsFromEnv } from './gateway.settings.js';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const settings = gatewaySettingsFromEnv();
const app = await NestFactory.create(GatewayModule.forRoot({ settings }), { bufferLogs: false });
app.enableShutdownHooks();
await app.listen(settings.port, process.env.HOST ?? '127.0.0.1');
