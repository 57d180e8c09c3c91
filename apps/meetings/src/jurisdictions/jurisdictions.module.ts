import { Module } from '@nestjs/common';
import { TenantCreatedHandler } from './jobs/tenant-created.handler.js';
import { JurisdictionsService } from './jurisdictions.service.js';
import { TenantResolver } from './tenant.resolver.js';

/** The jurisdictions this service knows of, and the fields it adds to `Tenant`. */
@Module({
  providers: [JurisdictionsService, TenantResolver, TenantCreatedHandler],
  exports: [TenantCreatedHandler],
})
export class JurisdictionsModule {}
