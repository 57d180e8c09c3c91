import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MeetingsWorkerModule } from './meetings-worker.module.js';
import { useServiceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(MeetingsWorkerModule.forRoot(), { bufferLogs: true });
useServiceLogger(app, 'meetings-worker');
app.enableShutdownHooks();
