import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SeedModule } from '../apps/cases/src/seed/seed.module.js';
import { DemoSeeder } from '../apps/cases/src/seed/demo-seeder.js';

const app = await NestFactory.createApplicationContext(SeedModule.forRoot(), { logger: ['log', 'error', 'warn'] });
try {
  await app.get(DemoSeeder).seed();
} finally {
  await app.close();
}
