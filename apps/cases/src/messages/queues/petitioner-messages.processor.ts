import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { ProcessesQueue, queueOfProcessor } from '#common/worker';
import { observeJobs } from '#common/metrics';
import { runInLogContextOf, runWithoutLogContext } from '#common/logging';
import { MessageSending } from '../message-sending.service.js';
import { PETITIONER_MESSAGES_QUEUE, sendingRequestId, type PetitionerMessageJob } from './petitioner-messages.queue.js';

export const MESSAGE_WORKER_OPTIONS = Symbol('MESSAGE_WORKER_OPTIONS');

export interface MessageWorkerOptions {
  /** Consume as soon as the application starts (default true); tests start it themselves. */
  autoStart?: boolean;
}

/** Consumes `petitioner-messages` in the cases worker process. */
@Injectable()
@ProcessesQueue(PETITIONER_MESSAGES_QUEUE)
export class PetitionerMessagesProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PetitionerMessagesProcessor.name);
  private worker: Worker<PetitionerMessageJob> | null = null;

  constructor(
    @Inject(MESSAGE_WORKER_OPTIONS) private readonly options: MessageWorkerOptions,
    private readonly sending: MessageSending,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly pino?: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.autoStart !== false) this.start();
  }

  start(): Worker<PetitionerMessageJob> {
    const inLogContext = this.pino ? runInLogContextOf(this.pino) : runWithoutLogContext;
    this.worker = new Worker<PetitionerMessageJob>(
      queueOfProcessor(this),
      // Under the request that wrote the message and its office: an operator follows a registration to its SMS.
      (job: Job<PetitionerMessageJob>) =>
        inLogContext({ requestId: sendingRequestId(job.data), tenantId: job.data.tenantId, tenantPath: job.data.tenantPath }, async () => {
          const outcome = await this.sending.send(job.data, job.attemptsMade + 1, job.opts.attempts ?? 1);
          this.logger.log(`message ${job.data.messageId}: ${outcome}`);
          return outcome;
        }),
      { connection: this.redis, prefix: this.config.queuePrefix, concurrency: 5 },
    );
    this.worker.on('failed', (job, error) => this.logger.warn(`message ${job?.id} attempt ${job?.attemptsMade} failed: ${error.message}`));
    return observeJobs(this.worker);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
