import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, SubgraphModule, type ServiceModuleOptions } from '#common/platform';
import { casesDatabase } from './database.js';
import { AuthModule } from './auth/auth.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { CategoryModule } from './categories/category.module.js';
import { ReceptionModule } from './receptions/reception.module.js';
import { CalendarModule } from './calendar/calendar.module.js';

/** The cases subgraph's HTTP process: 信访事项 and the directory. */
@Module({})
export class CasesModule {
  static forRoot(options: ServiceModuleOptions = {}): DynamicModule {
    return {
      module: CasesModule,
      imports: [PlatformModule.forService({ database: casesDatabase, config: options.config }), SubgraphModule.forRoot(['login']), AuthModule, DirectoryModule, CategoryModule, ReceptionModule, CalendarModule],
    };
  }
}
