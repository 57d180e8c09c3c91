import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, SubgraphModule, type ServiceModuleOptions } from '#common/platform';
import { assessmentDatabase } from './database.js';
import { FactsModule } from './facts/facts.module.js';
import { Tenant } from './jurisdictions/dto/tenant.type.js';
import { SchemesModule } from './schemes/schemes.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';

/** The assessment subgraph's HTTP process (考核). */
@Module({})
export class AssessmentModule {
  static forRoot(options: ServiceModuleOptions = {}): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        PlatformModule.forService({ database: assessmentDatabase, config: options.config, clock: options.clock }),
        // Tenant is the directory's entity: this subgraph only adds fields to it.
        SubgraphModule.forRoot([], { orphanedTypes: [Tenant] }),
        JurisdictionsModule,
        FactsModule,
        SchemesModule,
        StatisticsModule,
      ],
    };
  }
}
