import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AssessmentWorkerModule } from './assessment-worker.module.js';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(AssessmentWorkerModule.forRoot());
app.enableShutdownHooks();
