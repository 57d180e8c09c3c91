import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext } from '#common/auth';
import { grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { SupervisionNotice } from './dto/notice.types.js';
import { NoticeInstrument } from './dto/notice-instrument.types.js';
import type { NoticeEntity } from './entities/index.js';
import type { NoticeInstrumentRow } from './entities/notice-instrument.entity.js';
import { NoticeInstrumentQueries, noticeInstrumentDownloadUrl } from './notice-instrument-queries.service.js';

/** A notice's 督办单, batched per request. */
@Resolver(() => SupervisionNotice)
export class NoticeInstrumentsResolver {
  constructor(private readonly service: NoticeInstrumentQueries) {}

  @ResolveField(() => [NoticeInstrument], { description: '督办单（督办、挂牌督办通知随通知生成；提醒和升级通知无）' })
  async instruments(@Parent() notice: NoticeEntity, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<NoticeInstrument[]> {
    const loader = requestLoader<string, NoticeInstrumentRow[]>(request, 'noticeInstruments', async (ids) =>
      grouped(ids, await this.service.instrumentsOf(ctx, ids), (row) => row.noticeId),
    );
    return ((await loader.load(notice.id)) ?? []).map((row) => ({ ...row, size: row.sizeBytes, downloadUrl: noticeInstrumentDownloadUrl(row.id) }));
  }
}
