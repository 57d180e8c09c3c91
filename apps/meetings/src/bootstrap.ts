import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { startProcessMetrics } from '#common/metrics';
import { MeetingsModule } from './meetings.module.js';

exitOnConfigError();
startProcessMetrics('meetings');

const app = await NestFactory.create<NestExpressApplication>(MeetingsModule.forRoot(), { logger: serviceLogger('meetings'), bodyParser: false });
await serveHttp(app, portFrom(process.env, 'MEETINGS_PORT', 4002));
