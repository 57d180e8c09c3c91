import { Injectable } from '@nestjs/common';
import { decodeCursor, toConnection, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import type { MeetingFilter } from './dto/meeting.inputs.js';
import type { ConferenceMeeting, MeetingSchedule } from './dto/meeting.types.js';
import { MeetingStore } from './meeting.store.js';

/** Reads of meetings and schedules; ancestors see their children's under row-level security. */
@Injectable()
export class MeetingQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MeetingStore,
  ) {}

  list(ctx: TenantContext, filter: MeetingFilter | null | undefined, page: PageArgs): Promise<Connection<ConferenceMeeting>> {
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.list(em, {
        tenantId: filter?.tenantId ?? ctx.tenantId,
        kind: filter?.kind,
        from: filter?.from,
        to: filter?.to,
        after: decodeCursor(page.after, ['date', 'uuid']),
        limit: page.first + 1,
      });
      return toConnection(rows, page.first, (m) => [m.date, m.id]);
    });
  }

  byId(ctx: TenantContext, id: string): Promise<ConferenceMeeting | null> {
    return this.transactions.run(ctx, (em) => this.store.byId(em, id));
  }

  schedules(ctx: TenantContext): Promise<MeetingSchedule[]> {
    return this.transactions.run(ctx, (em) => this.store.schedules(em, ctx.tenantId));
  }
}
