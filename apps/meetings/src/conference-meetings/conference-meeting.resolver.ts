import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import { PageArgs } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { ConferenceMeetingsService } from './conference-meetings.service.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { CancelMeetingInput, MeetingFilter, RecordMeetingInput, ScheduleMeetingInput, SetMeetingScheduleInput } from './dto/meeting.inputs.js';
import { ConferenceMeeting, ConferenceMeetingConnection, MeetingSchedule } from './dto/meeting.types.js';

/** Who runs a tenant's conference meetings. */
const MANAGERS = [Role.CONFERENCE_OFFICE, Role.TENANT_ADMIN];
/** Who may read them besides. */
const READERS = [...MANAGERS, Role.LEADER, Role.SUPERVISOR, Role.ASSESSOR];

/** 联席会议的会议: planned, held (attendance, minutes, decisions) or cancelled; recurring schedules. */
@Resolver(() => ConferenceMeeting)
export class ConferenceMeetingResolver {
  constructor(
    private readonly service: ConferenceMeetingsService,
    private readonly queries: MeetingQueriesService,
  ) {}

  @Query(() => ConferenceMeetingConnection, { description: '联席会议的会议：本机构的，或本辖区内指定机构的；按会议日期由近及远' })
  @Roles(...READERS)
  meetings(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter?: MeetingFilter | null,
  ) {
    return this.queries.list(ctx, filter, page);
  }

  @Query(() => ConferenceMeeting, { nullable: true, description: '一次会议；不存在或不在本辖区内为空' })
  @Roles(...READERS)
  meeting(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string): Promise<ConferenceMeeting | null> {
    return this.queries.byId(ctx, id);
  }

  @Query(() => [MeetingSchedule], { description: '本机构联席会议的例会安排' })
  @Roles(...READERS)
  meetingSchedules(@CurrentContext() ctx: TenantContext): Promise<MeetingSchedule[]> {
    return this.queries.schedules(ctx);
  }

  @Mutation(() => ConferenceMeeting, { description: '安排本机构联席会议的一次会议' })
  @Roles(...MANAGERS)
  scheduleMeeting(@CurrentContext() ctx: TenantContext, @Args('input') input: ScheduleMeetingInput): Promise<ConferenceMeeting> {
    return this.service.schedule(ctx, input);
  }

  @Mutation(() => ConferenceMeeting, { description: '记录会议召开情况（出席、纪要、议定事项）；有例会安排的，自动排定下一次（需提交读取时的版本号）' })
  @Roles(...MANAGERS)
  recordMeeting(@CurrentContext() ctx: TenantContext, @Args('input') input: RecordMeetingInput): Promise<ConferenceMeeting> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => ConferenceMeeting, { description: '取消待召开的会议（需提交读取时的版本号）' })
  @Roles(...MANAGERS)
  cancelMeeting(@CurrentContext() ctx: TenantContext, @Args('input') input: CancelMeetingInput): Promise<ConferenceMeeting> {
    return this.service.cancel(ctx, input);
  }

  @Mutation(() => MeetingSchedule, { nullable: true, description: '设置或取消某种会议的例会安排；取消时为空' })
  @Roles(...MANAGERS)
  setMeetingSchedule(@CurrentContext() ctx: TenantContext, @Args('input') input: SetMeetingScheduleInput): Promise<MeetingSchedule | null> {
    return this.service.setSchedule(ctx, input);
  }
}
