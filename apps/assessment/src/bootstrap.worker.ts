import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AssessmentWorkerModule } from './assessment-worker.module.js';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';
import { serveWorkerHttp, workerPortFrom } from '#common/health';
import { startProcessMetrics } from '#common/metrics';

exitOnConfigError();
startProcessMetrics('assessment-worker');

// An HTTP app only for /health and /metrics on the worker's own port.
const app = await NestFactory.create<NestExpressApplication>(AssessmentWorkerModule.forRoot(), {
  logger: serviceLogger('assessment-worker'),
  bodyParser: false,
});
await serveWorkerHttp(app, workerPortFrom(process.env, 'assessment'));
