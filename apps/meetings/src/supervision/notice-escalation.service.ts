import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { isDueForEscalation } from './domain/index.js';
import { NoticeLifecycle } from './notice-lifecycle.service.js';
import { NoticeStore } from './notice.store.js';

const BATCH = 200;

/** Why the job escalated a notice, for its history. */
const UNANSWERED = '逾期未反馈或反馈未被采纳，自动升级督办';

/**
 * One pass of escalation: every notice past its escalation day escalates one step (or stops, with
 * the reason, when no office is left above its issuer). The scan runs as the system (it crosses
 * tenants); each notice is escalated in a transaction of its own tenant that locks it and checks
 * again, so two passes at once escalate it once.
 */
@Injectable()
export class NoticeEscalation {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: NoticeStore,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  /** Escalates what is due now; returns how many notices escalated or, at the top, stopped. */
  async escalateOnce(requestId = 'escalation'): Promise<number> {
    const today = this.clock.today();
    let escalated = 0;
    for (;;) {
      const due = await this.transactions.runAsSystem((em) => this.store.dueForEscalation(em, today, BATCH));
      let inBatch = 0;
      for (const row of due) {
        const ctx = systemContextFor(row.tenant_id, row.tenant_path, requestId);
        const done = await this.transactions.run(ctx, async (em) => {
          const notice = await this.store.lock(em, row.id);
          if (!isDueForEscalation(notice.escalateOn, today)) return false;
          await this.lifecycle.escalate(em, notice, UNANSWERED, { byHand: false });
          return true;
        });
        if (done) inBatch++;
      }
      escalated += inBatch;
      // A short batch was the last; a batch where another pass had done everything would repeat.
      if (due.length < BATCH || inBatch === 0) return escalated;
    }
  }
}
