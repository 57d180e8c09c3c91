import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import { notFound } from '#common/errors';
import { PageArgs, grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { Case } from '../cases/dto/case.types.js';
import type { CaseEntity } from '../cases/entities/index.js';
import { MessageQueriesService } from './message-queries.service.js';
import { MessagesService } from './messages.service.js';
import { MessageTemplate, PetitionerMessage, PetitionerMessageConnection } from './dto/message.types.js';
import { PetitionerMessageFilter, SaveMessageTemplateInput } from './dto/message.inputs.js';

@Resolver(() => PetitionerMessage)
export class MessagesResolver {
  constructor(
    private readonly messages: MessagesService,
    private readonly queries: MessageQueriesService,
  ) {}

  @Query(() => PetitionerMessageConnection, { description: '短信通知：本机构及下级机构发给信访人的通知（由新到旧）' })
  @Roles(Role.REGISTRAR, Role.HANDLER, Role.TENANT_ADMIN, Role.LEADER)
  petitionerMessages(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PetitionerMessageFilter, nullable: true }) filter?: PetitionerMessageFilter,
  ) {
    return this.queries.list(ctx, filter ?? {}, page);
  }

  @Mutation(() => PetitionerMessage, { description: '重新发送一条发送失败的通知' })
  @Roles(Role.REGISTRAR, Role.HANDLER)
  async resendPetitionerMessage(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    await this.messages.resend(ctx, id);
    const message = await this.queries.message(ctx, id);
    if (!message) throw notFound('通知');
    return message;
  }

  @Query(() => [MessageTemplate], { description: '本机构适用的通知模板（本机构、最近的上级机构或系统默认）' })
  @AnyRole()
  messageTemplates(@CurrentContext() ctx: TenantContext) {
    return this.queries.templates(ctx);
  }

  @Mutation(() => Int, { description: '保存本机构的通知模板（新版本），返回新版本号；下级机构未自设的即继承' })
  @Roles(Role.TENANT_ADMIN)
  saveMessageTemplate(@CurrentContext() ctx: TenantContext, @Args('input') input: SaveMessageTemplateInput) {
    return this.messages.saveTemplate(ctx, input);
  }
}

@Resolver(() => Case)
export class CaseMessagesResolver {
  constructor(private readonly queries: MessageQueriesService) {}

  @ResolveField(() => [PetitionerMessage], { description: '发给信访人的短信、邮件通知（由旧到新）' })
  async messages(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, PetitionerMessage[]>(request, 'petitionerMessages', async (ids) =>
      grouped(ids, await this.queries.ofCases(ctx, ids), (row) => row.caseId),
    );
    return (await loader.load(kase.id)) ?? [];
  }
}
