import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, SubgraphModule, type ServiceModuleOptions } from '#common/platform';
import { casesDatabase } from './database.js';
import { AuthModule } from './auth/auth.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CategoryModule } from './categories/category.module.js';
import { ReceptionModule } from './receptions/reception.module.js';
import { CaseHandlingModule } from './cases/case-handling.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { OnlineIntakeModule } from './online-intake/online-intake.module.js';

/** Operations anyone may call: logging in, and a petitioner rating through the delivered link. */
export const CASES_PUBLIC_ROOT_FIELDS = ['login', 'rateCaseByToken'];

/** The cases subgraph's HTTP process: 信访事项 and the directory. */
@Module({})
export class CasesModule {
  static forRoot(options: ServiceModuleOptions = {}): DynamicModule {
    return {
      module: CasesModule,
      imports: [
        PlatformModule.forService({ database: casesDatabase, config: options.config, clock: options.clock }),
        SubgraphModule.forRoot(CASES_PUBLIC_ROOT_FIELDS),
        AuthModule,
        DirectoryModule,
        CategoryModule,
        ReceptionModule,
        CalendarModule,
        CaseHandlingModule,
        AttachmentsModule,
        MessagesModule,
        OnlineIntakeModule,
      ],
    };
  }
}
