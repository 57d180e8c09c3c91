import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AssessmentWorkerModule } from './assessment-worker.module.js';

const app = await NestFactory.createApplicationContext(AssessmentWorkerModule.forRoot());
app.enableShutdownHooks();
