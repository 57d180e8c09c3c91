import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { MESSAGE_CONFIG, type MessageConfig } from '../providers/message-config.js';

export const PETITIONER_MESSAGES_QUEUE = 'petitioner-messages';

/** One message to send, with the office it is sent for; the job's id is the message's, so a message is queued once. */
export interface PetitionerMessageJob {
  messageId: string;
  tenantId: string;
  tenantPath: string;
  /** The request whose step wrote the message (absent from jobs queued before it was carried): the sending's lines carry it. */
  requestId?: string;
}

/** The request id a message's sending works and logs under: its cause's, else one naming the message. */
export function sendingRequestId(job: PetitionerMessageJob): string {
  return job.requestId ?? `message-${job.messageId}`;
}

/** The cases worker's queue of messages to petitioners, retried with exponential backoff. */
@Injectable()
export class PetitionerMessagesQueue implements OnApplicationShutdown {
  readonly queue: Queue<PetitionerMessageJob>;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(MESSAGE_CONFIG) private readonly messages: MessageConfig,
  ) {
    this.queue = new Queue<PetitionerMessageJob>(PETITIONER_MESSAGES_QUEUE, { connection: redis, prefix: config.queuePrefix });
  }

  /**
   * Queues messages. One already queued or sent keeps its job (a redelivered event adds nothing);
   * one whose job failed for good (sent again by staff) gets a fresh job.
   */
  async enqueue(cause: { tenantId: string; tenantPath: string; requestId: string }, messageIds: readonly string[]): Promise<void> {
    for (const messageId of messageIds) {
      const existing = await this.queue.getJob(messageId);
      if (existing && (await existing.isFailed())) await existing.remove();
      await this.queue.add(
        'send',
        { messageId, tenantId: cause.tenantId, tenantPath: cause.tenantPath, requestId: cause.requestId },
        {
          jobId: messageId,
          attempts: this.messages.attempts,
          backoff: { type: 'exponential', delay: this.messages.backoffMs },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      );
    }
  }

  onApplicationShutdown(): Promise<void> {
    return this.queue.close();
  }
}
