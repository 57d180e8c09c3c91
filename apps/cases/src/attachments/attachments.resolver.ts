import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext } from '#common/auth';
import { grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { Case } from '../cases/dto/case.types.js';
import type { CaseEntity } from '../cases/entities/index.js';
import { AttachmentsQueriesService } from './attachments-queries.service.js';
import type { AttachmentRow } from './attachments.store.js';
import { Attachment } from './dto/attachment.types.js';
import { attachmentView } from './attachment-view.js';

/** The files of a case (一案一卷), batched per request like the case's other relations. */
@Resolver(() => Case)
export class CaseAttachmentsResolver {
  constructor(private readonly queries: AttachmentsQueriesService) {}

  @ResolveField(() => [Attachment], { description: '附件（一案一卷），按上传先后' })
  async attachments(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<Attachment[]> {
    const loader = requestLoader<string, AttachmentRow[]>(request, 'caseAttachments', async (ids) =>
      grouped(ids, await this.queries.ofCases(ctx, ids), (row) => row.caseId),
    );
    return ((await loader.load(kase.id)) ?? []).map(attachmentView);
  }
}
