import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { startProcessMetrics } from '#common/metrics';
import { CasesModule } from './cases.module.js';

exitOnConfigError();
startProcessMetrics('cases');

const app = await NestFactory.create<NestExpressApplication>(CasesModule.forRoot(), { logger: serviceLogger('cases'), bodyParser: false });
await serveHttp(app, portFrom(process.env, 'CASES_PORT', 4001));
