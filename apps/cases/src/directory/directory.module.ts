import { Module } from '@nestjs/common';
import { DirectoryService } from './directory.service.js';
import { DirectoryStore } from './directory.store.js';
import { TenantResolver, UnitResolver, UserResolver } from './directory.resolver.js';

@Module({
  providers: [DirectoryService, DirectoryStore, TenantResolver, UnitResolver, UserResolver],
  exports: [DirectoryService],
})
export class DirectoryModule {}

/** The directory without its GraphQL surface, for the seed and other non-HTTP processes. */
@Module({ providers: [DirectoryService, DirectoryStore], exports: [DirectoryService] })
export class DirectoryCoreModule {}
