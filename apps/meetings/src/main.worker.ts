import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MeetingsWorkerModule } from './meetings-worker.module.js';

const app = await NestFactory.createApplicationContext(MeetingsWorkerModule.forRoot());
app.enableShutdownHooks();
