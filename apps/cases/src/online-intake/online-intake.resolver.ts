import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import { PageArgs } from '#common/graphql';
import { notFound } from '#common/errors';
import type { TenantContext } from '#common/tenancy';
import { OnlineIntakeService } from './online-intake.service.js';
import { OnlineIntakeQueriesService } from './online-intake-queries.service.js';
import { OnlineIntakeSettings, OnlineSubmission, OnlineSubmissionConnection } from './dto/online-submission.types.js';
import {
  OnlineSubmissionFilter,
  RegisterOnlineSubmissionInput,
  RejectOnlineSubmissionInput,
  SetOnlineIntakeSettingsInput,
} from './dto/online-submission.inputs.js';

/** Who works or oversees the online intake queue. */
const QUEUE_ROLES = [Role.REGISTRAR, Role.TENANT_ADMIN, Role.LEADER, Role.SUPERVISOR] as const;

@Resolver(() => OnlineSubmission)
export class OnlineIntakeResolver {
  constructor(
    private readonly service: OnlineIntakeService,
    private readonly queries: OnlineIntakeQueriesService,
  ) {}

  @Query(() => OnlineSubmissionConnection, { description: '网上信访队列：选择本机构及下级机构的网上信访事项（先提交的在前），附当天登记时钟' })
  @Roles(...QUEUE_ROLES)
  onlineSubmissions(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OnlineSubmissionFilter, nullable: true }) filter?: OnlineSubmissionFilter,
  ) {
    return this.queries.list(ctx, filter ?? {}, page);
  }

  @Query(() => OnlineSubmission, { description: '一件网上信访事项（身份证号、电话已脱敏）及其附件' })
  @Roles(...QUEUE_ROLES)
  async onlineSubmission(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    const submission = await this.queries.one(ctx, id);
    if (!submission) throw notFound('网上信访事项');
    return submission;
  }

  @Query(() => OnlineIntakeSettings, { description: '本机构网上信访当天登记的从严设置' })
  @Roles(...QUEUE_ROLES)
  onlineIntakeSettings(@CurrentContext() ctx: TenantContext) {
    return this.queries.settings(ctx);
  }

  @Mutation(() => OnlineIntakeSettings, { description: '设置本机构（及下级）网上信访当天登记的从严期限：只能收紧' })
  @Roles(Role.TENANT_ADMIN)
  async setOnlineIntakeSettings(@CurrentContext() ctx: TenantContext, @Args('input') input: SetOnlineIntakeSettingsInput) {
    await this.service.setSettings(ctx, input.registerWithinHours ?? null);
    return this.queries.settings(ctx);
  }

  @Mutation(() => OnlineSubmission, { description: '登记网上信访事项：以网上信访渠道登记为信访事项，附件归入案卷（所选信访部门的登记员）' })
  @Roles(Role.REGISTRAR)
  async registerOnlineSubmission(@CurrentContext() ctx: TenantContext, @Args('input') input: RegisterOnlineSubmissionInput) {
    await this.service.register(ctx, input);
    return this.queries.one(ctx, input.submissionId);
  }

  @Mutation(() => OnlineSubmission, { description: '不予登记网上信访事项，理由信访人凭查询码可见（所选信访部门的登记员）' })
  @Roles(Role.REGISTRAR)
  async rejectOnlineSubmission(@CurrentContext() ctx: TenantContext, @Args('input') input: RejectOnlineSubmissionInput) {
    await this.service.reject(ctx, input);
    return this.queries.one(ctx, input.submissionId);
  }
}
