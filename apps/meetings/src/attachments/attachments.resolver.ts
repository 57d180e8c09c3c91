import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext } from '#common/auth';
import { grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { TaskReport } from '../tasks/dto/task.types.js';
import { NoticeFeedback } from '../supervision/dto/notice.types.js';
import type { NoticeFeedbackEntity } from '../supervision/entities/notice-feedback.entity.js';
import { AttachmentOwnerKind, mayAttach } from './domain/index.js';
import { MeetingAttachmentsQueriesService } from './attachments-queries.service.js';
import type { MeetingAttachmentRow } from './attachments.store.js';
import { MeetingAttachment } from './dto/meeting-attachment.types.js';
import { meetingAttachmentView } from './attachment-view.js';

/** The files of a task's progress report, batched per request. */
@Resolver(() => TaskReport)
export class TaskReportAttachmentsResolver {
  constructor(private readonly queries: MeetingAttachmentsQueriesService) {}

  @ResolveField(() => [MeetingAttachment], { description: '附件（佐证材料），按上传先后' })
  async attachments(@Parent() report: TaskReport, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<MeetingAttachment[]> {
    const loader = requestLoader<string, MeetingAttachmentRow[]>(request, 'taskReportAttachments', async (ids) =>
      grouped(ids, await this.queries.ofReports(ctx, ids), (row) => row.reportId!),
    );
    return ((await loader.load(report.id)) ?? []).map(meetingAttachmentView);
  }

  @ResolveField(() => Boolean, { description: '当前用户可以为本报告上传附件（报送人本人）' })
  attachable(@Parent() report: TaskReport & { reporterId?: string | null }, @CurrentContext() ctx: TenantContext): boolean {
    return mayAttach({ kind: AttachmentOwnerKind.TASK_REPORT, authorId: report.reporterId ?? null, decided: false }, ctx.userId);
  }
}

/** The files of a notice's written feedback, batched per request (`attachments` there is the older list of references). */
@Resolver(() => NoticeFeedback)
export class NoticeFeedbackAttachmentsResolver {
  constructor(private readonly queries: MeetingAttachmentsQueriesService) {}

  @ResolveField(() => [MeetingAttachment], { description: '上传的附件，按上传先后' })
  async files(@Parent() feedback: NoticeFeedback, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<MeetingAttachment[]> {
    const loader = requestLoader<string, MeetingAttachmentRow[]>(request, 'noticeFeedbackAttachments', async (ids) =>
      grouped(ids, await this.queries.ofFeedback(ctx, ids), (row) => row.feedbackId!),
    );
    return ((await loader.load(feedback.id)) ?? []).map(meetingAttachmentView);
  }

  @ResolveField(() => Boolean, { description: '当前用户可以为本反馈上传附件（反馈人本人，审核之前）' })
  attachable(@Parent() feedback: NoticeFeedbackEntity, @CurrentContext() ctx: TenantContext): boolean {
    return mayAttach({ kind: AttachmentOwnerKind.NOTICE_FEEDBACK, authorId: feedback.submittedById, decided: feedback.decision !== null }, ctx.userId);
  }
}
