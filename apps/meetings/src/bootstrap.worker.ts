import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MeetingsWorkerModule } from './meetings-worker.module.js';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(MeetingsWorkerModule.forRoot());
app.enableShutdownHooks();
