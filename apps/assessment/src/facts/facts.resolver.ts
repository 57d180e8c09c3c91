import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { FactRebuild, RebuildFactsInput } from './dto/fact-rebuild.dto.js';
import { FactsService } from './facts.service.js';

@Resolver(() => FactRebuild)
export class FactsResolver {
  constructor(private readonly facts: FactsService) {}

  @Mutation(() => FactRebuild, {
    description:
      '重建事实数据：来源服务重新发送本辖区内期间的事实（用于核对或修复考核数据，也补全升级前保存的事实中无法推定的字段，如信访事项撤回或调解的结局、不予受理理由、复查复核结论）',
  })
  @Roles(Role.ASSESSOR, Role.TENANT_ADMIN)
  rebuildFacts(@CurrentContext() ctx: TenantContext, @Args('input') input: RebuildFactsInput): Promise<FactRebuild> {
    return this.facts.rebuild(ctx, input);
  }
}
