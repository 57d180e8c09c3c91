import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, portFrom } from '#common/config';
import { MeetingsModule } from './meetings.module.js';

exitOnConfigError();

const app = await NestFactory.create(MeetingsModule.forRoot());
app.enableShutdownHooks();
await app.listen(portFrom(process.env, 'MEETINGS_PORT', 4002), process.env.HOST ?? '127.0.0.1');
