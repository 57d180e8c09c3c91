import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AssessmentWorkerModule } from './assessment-worker.module.js';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(AssessmentWorkerModule.forRoot(), { logger: serviceLogger('assessment-worker') });
app.enableShutdownHooks();
