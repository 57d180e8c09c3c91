import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SeedModule } from '../apps/cases/src/seed/seed.module.js';
import { DemoSeeder } from '../apps/cases/src/seed/demo-seeder.js';
import { DemoCaseSeeder } from '../apps/cases/src/seed/demo-cases.js';
import { exitOnConfigError } from '#common/config';

exitOnConfigError();

const app = await NestFactory.createApplicationContext(SeedModule.forRoot(), { logger: ['log', 'error', 'warn'] });
try {
  await app.get(DemoSeeder).seed();
  // `npm run up` asks for a few demo cases; the test template is seeded without them.
  if (process.argv.includes('--demo-cases')) await app.get(DemoCaseSeeder).seed();
} finally {
  await app.close();
}
