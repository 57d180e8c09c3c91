import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '#common/config';
import { PlatformModule } from '#common/platform';
import { casesDatabase } from '../database.js';
import { DirectoryCoreModule } from '../directory/directory.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({})
export class SeedModule {
  static forRoot(options: { config?: AppConfig } = {}): DynamicModule {
    return {
      module: SeedModule,
      imports: [PlatformModule.forService({ database: casesDatabase, config: options.config }), DirectoryCoreModule],
      providers: [DemoSeeder],
    };
  }
}
