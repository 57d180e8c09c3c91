import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, portFrom } from '#common/config';
import { CasesModule } from './cases.module.js';

exitOnConfigError();

const app = await NestFactory.create(CasesModule.forRoot(), { bufferLogs: false });
app.enableShutdownHooks();
await app.listen(portFrom(process.env, 'CASES_PORT', 4001), process.env.HOST ?? '127.0.0.1');
