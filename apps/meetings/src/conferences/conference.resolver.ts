import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import { forbidden } from '#common/errors';
import { requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { Tenant } from '../jurisdictions/dto/tenant.type.js';
import { ConferenceQueriesService } from './conference-queries.service.js';
import { ConferencesService } from './conferences.service.js';
import { AddConferenceMemberInput, EstablishConferenceInput, RemoveConferenceMemberInput, UpdateConferenceInput } from './dto/conference.inputs.js';
import { Conference, ConferenceMember, ConferenceStaff } from './dto/conference.types.js';

/** Who runs a tenant's conference. */
const MANAGERS = [Role.CONFERENCE_OFFICE, Role.TENANT_ADMIN];
/** Who may read it besides. */
const READERS = [...MANAGERS, Role.LEADER, Role.SUPERVISOR, Role.ASSESSOR];

function conferenceLoader(request: object, ctx: TenantContext, conferences: ConferenceQueriesService) {
  return requestLoader<string, Conference>(request, 'conferenceOfTenant', (tenantIds) => conferences.ofTenants(ctx, tenantIds));
}

/** 联席会议: the conference of a tenant, its convenors, member units and office. */
@Resolver(() => Conference)
export class ConferenceResolver {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly queries: ConferenceQueriesService,
  ) {}

  @Query(() => Conference, { nullable: true, description: '联席会议：本机构的，或本辖区内指定机构的；尚未成立（或不在本辖区内）为空' })
  @Roles(...READERS)
  conference(
    @CurrentContext() ctx: TenantContext,
    @Context() request: object,
    @Args('tenantId', { type: () => ID, nullable: true, description: '机构；默认本机构' }) tenantId?: string | null,
  ): Promise<Conference | null> {
    return conferenceLoader(request, ctx, this.queries).load(tenantId ?? ctx.tenantId);
  }

  @Query(() => [ConferenceStaff], { description: '本机构在职人员（按姓名排序）：供选召集人和成员单位联络员' })
  @Roles(...MANAGERS)
  conferenceStaff(@CurrentContext() ctx: TenantContext): Promise<ConferenceStaff[]> {
    return this.queries.staff(ctx);
  }

  @Mutation(() => Conference, { description: '成立本机构的联席会议（每个机构只有一个）' })
  @Roles(...MANAGERS)
  establishConference(@CurrentContext() ctx: TenantContext, @Args('input') input: EstablishConferenceInput): Promise<Conference> {
    return this.conferences.establish(ctx, input);
  }

  @Mutation(() => Conference, { description: '修改本机构联席会议的成立日期、办公室或召集人（需提交读取时的版本号）' })
  @Roles(...MANAGERS)
  updateConference(@CurrentContext() ctx: TenantContext, @Args('input') input: UpdateConferenceInput): Promise<Conference> {
    return this.conferences.update(ctx, input);
  }

  @Mutation(() => Conference, { description: '为本机构联席会议增加成员单位' })
  @Roles(...MANAGERS)
  addConferenceMember(@CurrentContext() ctx: TenantContext, @Args('input') input: AddConferenceMemberInput): Promise<Conference> {
    return this.conferences.addMember(ctx, input);
  }

  @Mutation(() => Conference, { description: '成员单位退出本机构联席会议（保留记录）' })
  @Roles(...MANAGERS)
  removeConferenceMember(@CurrentContext() ctx: TenantContext, @Args('input') input: RemoveConferenceMemberInput): Promise<Conference> {
    return this.conferences.removeMember(ctx, input);
  }

  @ResolveField(() => [ConferenceMember], { description: '成员单位' })
  members(
    @Parent() conference: Conference,
    @Args('includeEnded', { type: () => Boolean, defaultValue: false, description: '为真时包括已退出的' }) includeEnded: boolean,
  ): ConferenceMember[] {
    return includeEnded ? conference.allMembers : conference.allMembers.filter((member) => member.endedOn === null);
  }
}

/** What conferences add to the directory's `Tenant`. */
@Resolver(() => Tenant)
export class TenantConferenceResolver {
  constructor(private readonly queries: ConferenceQueriesService) {}

  /** No guard runs on a field of an entity: the readers' roles are checked here, row-level security does the rest. */
  @ResolveField(() => Conference, { nullable: true, description: '联席会议；尚未成立（或不在本辖区内）为空' })
  conference(@Parent() tenant: Tenant, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<Conference | null> {
    if (!ctx.roles.some((role) => READERS.includes(role))) throw forbidden();
    return conferenceLoader(request, ctx, this.queries).load(tenant.id);
  }
}
