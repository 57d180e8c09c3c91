import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MeetingsWorkerModule } from './meetings-worker.module.js';
import { serviceLogger } from '#common/logging';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(MeetingsWorkerModule.forRoot(), { logger: serviceLogger('meetings-worker') });
app.enableShutdownHooks();
