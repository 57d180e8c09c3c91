import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CasesWorkerModule } from './cases-worker.module.js';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot(), { logger: serviceLogger('cases-worker') });
app.enableShutdownHooks();
