import { Module } from '@nestjs/common';
import { ConferenceResolver, TenantConferenceResolver } from './conference.resolver.js';
import { ConferencesService } from './conferences.service.js';

/** 联席会议: each tenant's conference, its convenors, member units and office. */
@Module({
  providers: [ConferencesService, ConferenceResolver, TenantConferenceResolver],
})
export class ConferencesModule {}
