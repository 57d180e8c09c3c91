import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { casesDatabase } from '../database.js';
import { DirectoryCoreModule } from '../directory/directory.module.js';
import { DemoSeeder } from './demo-seeder.js';
import { DemoCaseSeeder } from './demo-cases.js';
import { CaseHandlingModule } from '../cases/case-handling.module.js';

@Module({})
export class SeedModule {
  static forRoot(options: ServiceModuleOptions = {}): DynamicModule {
    return {
      module: SeedModule,
      imports: [PlatformModule.forService({ database: casesDatabase, config: options.config }), DirectoryCoreModule, CaseHandlingModule],
      providers: [DemoSeeder, DemoCaseSeeder],
    };
  }
}
