import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, portFrom } from '#common/config';
import { serveHttp } from '#common/platform';
import { CasesModule } from './cases.module.js';

exitOnConfigError();

const app = await NestFactory.create(CasesModule.forRoot(), { bufferLogs: false });
await serveHttp(app, portFrom(process.env, 'CASES_PORT', 4001));
