import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import { grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { Case } from '../cases/dto/case.types.js';
import type { CaseEntity } from '../cases/entities/index.js';
import { InstrumentQueriesService, instrumentDownloadUrl } from './instrument-queries.service.js';
import { InstrumentsService } from './instruments.service.js';
import { CaseInstrument, InstrumentTemplateView } from './dto/instrument.types.js';
import { SaveInstrumentTemplateInput } from './dto/instrument.inputs.js';
import type { CaseInstrumentRow } from './entities/instrument.entity.js';

const toInstrument = (row: CaseInstrumentRow): CaseInstrument => ({
  ...row,
  size: row.sizeBytes,
  downloadUrl: instrumentDownloadUrl(row.id),
});

/** The case file's instruments, and the offices' templates. */
@Resolver(() => Case)
export class InstrumentsResolver {
  constructor(
    private readonly queries: InstrumentQueriesService,
    private readonly service: InstrumentsService,
  ) {}

  @ResolveField(() => [CaseInstrument], { description: '案卷中的文书（一案一卷）：各办理环节生成的告知书、通知、意见书，按生成先后' })
  async instruments(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<CaseInstrument[]> {
    const loader = requestLoader<string, CaseInstrumentRow[]>(request, 'caseInstruments', async (ids) =>
      grouped(ids, await this.queries.instrumentsOf(ctx, ids), (row) => row.caseId),
    );
    return ((await loader.load(kase.id)) ?? []).map(toInstrument);
  }

  @Query(() => [InstrumentTemplateView], { description: '本机构各类文书生效的模板（本机构的、沿用上级机构的或系统默认的）及可用占位符' })
  @AnyRole()
  instrumentTemplates(@CurrentContext() ctx: TenantContext) {
    return this.queries.templates(ctx);
  }

  @Mutation(() => InstrumentTemplateView, { description: '保存本机构某类文书的模板（保存为新版本；此后生成的文书使用新版本）' })
  @Roles(Role.TENANT_ADMIN)
  async saveInstrumentTemplate(@CurrentContext() ctx: TenantContext, @Args('input') input: SaveInstrumentTemplateInput): Promise<InstrumentTemplateView> {
    await this.service.saveTemplate(ctx, input);
    const views = await this.queries.templates(ctx);
    return views.find((view) => view.kind === input.kind)!;
  }
}
