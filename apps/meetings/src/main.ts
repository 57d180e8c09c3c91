import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { MeetingsModule } from './meetings.module.js';

exitOnConfigError();

const app = await NestFactory.create(MeetingsModule.forRoot());
await serveHttp(app, portFrom(process.env, 'MEETINGS_PORT', 4002));
