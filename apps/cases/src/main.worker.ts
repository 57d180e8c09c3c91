import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CasesWorkerModule } from './cases-worker.module.js';
import { useServiceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot(), { bufferLogs: true });
useServiceLogger(app, 'cases-worker');
app.enableShutdownHooks();
