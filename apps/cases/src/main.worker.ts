import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CasesWorkerModule } from './cases-worker.module.js';

const app = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot());
app.enableShutdownHooks();
