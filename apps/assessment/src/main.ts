import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, portFrom } from '#common/config';
import { AssessmentModule } from './assessment.module.js';

exitOnConfigError();

const app = await NestFactory.create(AssessmentModule.forRoot());
app.enableShutdownHooks();
await app.listen(portFrom(process.env, 'ASSESSMENT_PORT', 4003), process.env.HOST ?? '127.0.0.1');
