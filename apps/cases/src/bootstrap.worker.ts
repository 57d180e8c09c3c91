import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CasesWorkerModule } from './cases-worker.module.js';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot());
app.enableShutdownHooks();
