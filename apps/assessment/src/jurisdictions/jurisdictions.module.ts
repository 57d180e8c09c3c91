import { Module } from '@nestjs/common';
import { TenantCreatedHandler } from './events/tenant-created.handler.js';
import { JurisdictionQueriesService } from './jurisdiction-queries.service.js';
import { JurisdictionStore } from './jurisdiction.store.js';
import { TenantResolver } from './tenant.resolver.js';

/** The jurisdictions this service knows of, and the fields it adds to `Tenant`. */
@Module({
  providers: [JurisdictionStore, JurisdictionQueriesService, TenantResolver, TenantCreatedHandler],
  exports: [JurisdictionStore, TenantCreatedHandler],
})
export class JurisdictionsModule {}
