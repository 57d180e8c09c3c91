import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { startProcessMetrics } from '#common/metrics';
import { AssessmentModule } from './assessment.module.js';

exitOnConfigError();
startProcessMetrics('assessment');

const app = await NestFactory.create<NestExpressApplication>(AssessmentModule.forRoot(), { logger: serviceLogger('assessment'), bodyParser: false });
await serveHttp(app, portFrom(process.env, 'ASSESSMENT_PORT', 4003));
