import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext } from '#common/auth';
import { TenantLevel } from '#common/directory';
import type { TenantContext } from '#common/tenancy';
import { ConferenceCoverage } from './dto/conference-coverage.type.js';
import { Tenant } from './dto/tenant.type.js';
import { JurisdictionQueriesService } from './jurisdiction-queries.service.js';

/** What the meetings subgraph adds to the directory's `Tenant`. */
@Resolver(() => Tenant)
export class TenantResolver {
  constructor(private readonly jurisdictions: JurisdictionQueriesService) {}

  @ResolveField(() => ConferenceCoverage, { description: '联席会议覆盖率：本辖区内指定层级的行政区建立联席会议的情况' })
  conferenceCoverage(
    @Parent() tenant: Tenant,
    @Args('level', { type: () => TenantLevel, description: '统计的层级，如县级' }) level: TenantLevel,
    @CurrentContext() ctx: TenantContext,
  ): Promise<ConferenceCoverage> {
    return this.jurisdictions.conferenceCoverage(ctx, tenant.id, level);
  }
}
