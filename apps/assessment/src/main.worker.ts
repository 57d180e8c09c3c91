import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AssessmentWorkerModule } from './assessment-worker.module.js';
import { useServiceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(AssessmentWorkerModule.forRoot(), { bufferLogs: true });
useServiceLogger(app, 'assessment-worker');
app.enableShutdownHooks();
