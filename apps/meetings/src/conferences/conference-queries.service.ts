import { Injectable } from '@nestjs/common';
import { Role } from '#common/auth';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { ConferenceStore } from './conference.store.js';
import type { Conference, ConferenceStaff } from './dto/conference.types.js';

/** Reads of conferences; what a caller sees is row-level security's answer. */
@Injectable()
export class ConferenceQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: ConferenceStore,
  ) {}

  /** The conferences of the given tenants, as far as the caller may see them. */
  ofTenants(ctx: TenantContext, tenantIds: readonly string[]): Promise<(Conference | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const conferences = await this.store.ofTenants(em, tenantIds);
      return tenantIds.map((tenantId) => conferences.find((candidate) => candidate.tenantId === tenantId) ?? null);
    });
  }

  /**
   * The active users of the caller's own tenant, for the pickers of convenors and liaisons (the
   * directory's `users` is the administrator's; the conference office needs only these fields).
   */
  staff(ctx: TenantContext): Promise<ConferenceStaff[]> {
    return this.transactions.run(ctx, async (em) => {
      const users = await this.store.activeUsers(em, ctx.tenantId);
      return users.map((user) => ({ userId: user.id, name: user.displayName, unitId: user.unitId, leader: user.roles.includes(Role.LEADER) }));
    });
  }
}
