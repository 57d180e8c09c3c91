import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { startProcessMetrics } from '#common/metrics';
import { AssessmentModule } from './assessment.module.js';

exitOnConfigError();
startProcessMetrics('assessment');

const app = await NestFactory.create<NestExpressApplication>(AssessmentModule.forRoot(), { bodyParser: false });
await serveHttp(app, portFrom(process.env, 'ASSESSMENT_PORT', 4003));
