import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { AssessedJurisdiction } from './dto/assessed-jurisdiction.type.js';
import { Tenant } from './dto/tenant.type.js';
import { JurisdictionQueriesService } from './jurisdiction-queries.service.js';

/** What the assessment subgraph adds to the directory's `Tenant`. */
@Resolver(() => Tenant)
export class TenantResolver {
  constructor(private readonly jurisdictions: JurisdictionQueriesService) {}

  @ResolveField(() => [AssessedJurisdiction], { description: '考核对象：本辖区的下一级行政区，按行政区划代码排序' })
  assessedJurisdictions(@Parent() tenant: Tenant, @CurrentContext() ctx: TenantContext): Promise<AssessedJurisdiction[]> {
    return this.jurisdictions.assessedJurisdictions(ctx, tenant.id);
  }
}
