import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { PiiCipher } from '#common/pii';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { petitionerCipherContext } from '../cases/registration.service.js';
import { MessageChannel, MessageStatus, statusAfterFailure } from './domain/index.js';
import { MESSAGE_CONFIG, type MessageConfig } from './providers/message-config.js';
import { MESSAGE_PROVIDER, type MessageProvider } from './providers/message-provider.js';
import { MessagesStore } from './messages.store.js';
import { sendingRequestId, type PetitionerMessageJob } from './queues/petitioner-messages.queue.js';

/** What became of one attempt. */
export type SendOutcome = 'SENT' | 'ALREADY_SENT' | 'GONE';

/**
 * Sends one message, as the cases worker's job: loads it as background work of the office it is
 * sent for (row-level security lets such work see its office's messages), decrypts the
 * recipient (here only), hands it to the provider outside any transaction, and records the result.
 * A failure is recorded with the attempt and thrown, so the job retries; the last one marks it FAILED.
 */
@Injectable()
export class MessageSending {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MessagesStore,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    @Inject(MESSAGE_PROVIDER) private readonly provider: MessageProvider,
    @Inject(MESSAGE_CONFIG) private readonly config: MessageConfig,
  ) {}

  async send(job: PetitionerMessageJob, attempt: number, attempts: number): Promise<SendOutcome> {
    const { messageId } = job;
    const ctx = systemContextFor(job.tenantId, job.tenantPath, sendingRequestId(job));
    const message = await this.transactions.run(ctx, (em) => this.store.outgoing(em, messageId));
    if (!message) return 'GONE';
    if (message.status === MessageStatus.SENT) return 'ALREADY_SENT';
    try {
      const field = message.channel === MessageChannel.SMS ? 'phone' : 'email';
      const to = this.cipher.decrypt(message.recipientCipher, petitionerCipherContext(message.petitionerId, field));
      const office = /^【([^】]+)】/.exec(message.body)?.[1] ?? '';
      const sent = await this.provider.send({ channel: message.channel, to, text: message.body, sign: this.config.signName ?? office });
      await this.transactions.run(ctx, (em) => this.store.recordSent(em, messageId, { ...sent, at: this.clock.now() }));
      return 'SENT';
    } catch (error) {
      const status = statusAfterFailure(attempt, attempts);
      await this.transactions.run(ctx, (em) => this.store.recordFailure(em, messageId, { status, error: (error as Error).message, provider: null }));
      throw error;
    }
  }
}
