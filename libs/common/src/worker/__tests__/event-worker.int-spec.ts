import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Global, Injectable, Module, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/index.js';
import { HandlesEvent, HandlesEvents, MissingEventHandlerError, type EventEnvelope, type TenantCreatedPayload } from '../../events/index.js';
import { PlatformModule } from '../../platform/index.js';
import { REDIS } from '../../redis/index.js';
import { TenantTransactions } from '../../tenancy/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { EventWorker, EventWorkerModule, ProcessesQueue, WorkerDeclarationError } from '../index.js';

/** Every topic routed to the assessment consumer, each declared once, recording what it was handed. */
@Injectable()
class AssessmentTopics {
  readonly seen: string[] = [];

  @HandlesEvent('tenant.created')
  async tenantCreated(_em: EntityManager, event: EventEnvelope<TenantCreatedPayload>): Promise<void> {
    this.seen.push(`tenant.created ${event.payload.name}`);
  }

  @HandlesEvents('case.transitioned')
  async casesTransitioned(_em: EntityManager, events: readonly EventEnvelope<object>[]): Promise<void> {
    this.seen.push(`case.transitioned ×${events.length}`);
  }

  @HandlesEvents('supervision.notice')
  async notices(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}

  @HandlesEvents('task.transitioned')
  async tasks(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}

  @HandlesEvent('meeting.held')
  async meetingHeld(_em: EntityManager, _event: EventEnvelope<object>): Promise<void> {}

  @HandlesEvent('conference.established')
  async conferenceEstablished(_em: EntityManager, _event: EventEnvelope<object>): Promise<void> {}
}

@Injectable()
class SecondMeetingHeld {
  @HandlesEvent('meeting.held')
  async meetingHeld(_em: EntityManager, _event: EventEnvelope<object>): Promise<void> {}
}

@Injectable()
class TaskDeadlineHandler {
  @HandlesEvents('task.deadline')
  async deadlines(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}
}

@Injectable()
class MissingConference {
  @HandlesEvent('tenant.created')
  async tenantCreated(_em: EntityManager, _event: EventEnvelope<object>): Promise<void> {}
  @HandlesEvents('case.transitioned')
  async casesTransitioned(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}
  @HandlesEvents('supervision.notice')
  async notices(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}
  @HandlesEvents('task.transitioned')
  async tasks(_em: EntityManager, _events: readonly EventEnvelope<object>[]): Promise<void> {}
  @HandlesEvent('meeting.held')
  async meetingHeld(_em: EntityManager, _event: EventEnvelope<object>): Promise<void> {}
}

@Injectable()
@ProcessesQueue('sweep')
class SweepProcessor {}

@Injectable()
@ProcessesQueue('sweep')
class OtherSweepProcessor {}

describe('EventWorker: handlers and processors found by their declarations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  /** A worker process of the assessment consumer with these providers, on the file's database; closed by the caller. */
  function workerWith(providers: Provider[]) {
    @Module({
      imports: [
        PlatformModule.forService({ database: { name: 'assessment', entities: [], migrations: [] }, config: db.config }),
        EventWorkerModule.register({ consumer: 'assessment', schema: 'assessment', providers, autoStart: false }),
      ],
    })
    class WorkerUnderTest {}
    return NestFactory.createApplicationContext(WorkerUnderTest, { logger: false });
  }

  /**
   * Starts a worker process that should refuse to start, with connections that open only when used
   * (a refused start is never closed, and would leave pools open).
   */
  function refusedWorkerWith(providers: Provider[]) {
    @Global()
    @Module({
      providers: [
        { provide: REDIS, useFactory: () => new Redis(db.config.redisUrl, { lazyConnect: true }) },
        { provide: APP_CONFIG, useValue: db.config },
        { provide: TenantTransactions, useValue: new TenantTransactions(new DataSource({ type: 'postgres', url: db.config.databaseUrl })) },
      ],
      exports: [REDIS, APP_CONFIG, TenantTransactions],
    })
    class UnconnectedPlatform {}
    @Module({ imports: [UnconnectedPlatform, EventWorkerModule.register({ consumer: 'assessment', schema: 'assessment', providers, autoStart: false })] })
    class WorkerUnderTest {}
    return NestFactory.createApplicationContext(WorkerUnderTest, { logger: false, abortOnError: false });
  }

  it('routes each event to the method that declares its topic, batches to the batch handler', async () => {
    const app = await workerWith([AssessmentTopics]);
    try {
      const consumer = app.get(EventWorker).consumer;
      const tenant = { tenantId: randomUUID(), tenantPath: 'p510000', requestId: 'test', occurredAt: new Date().toISOString() };
      const created = { ...tenant, id: randomUUID(), topic: 'tenant.created' as const, payload: { name: '四川省' } };
      const transitions = [1, 2].map(() => ({ ...tenant, id: randomUUID(), topic: 'case.transitioned' as const, payload: {} }));
      expect(await consumer.apply(created)).toBe(true);
      expect(await consumer.applyBatch(transitions)).toBe(2);
      expect(app.get(AssessmentTopics).seen).toEqual(['tenant.created 四川省', 'case.transitioned ×2']);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with two handlers of one topic', async () => {
    await expect(refusedWorkerWith([AssessmentTopics, SecondMeetingHeld])).rejects.toThrow(
      new WorkerDeclarationError('meeting.held has two handlers: AssessmentTopics.meetingHeld and SecondMeetingHeld.meetingHeld'),
    );
  });

  it('refuses a handler of a topic not routed to the consumer', async () => {
    await expect(refusedWorkerWith([AssessmentTopics, TaskDeadlineHandler])).rejects.toThrow(
      /TaskDeadlineHandler.deadlines handles task.deadline, which is not routed to assessment/,
    );
  });

  it('refuses to start with a routed topic left without a handler', async () => {
    await expect(refusedWorkerWith([MissingConference])).rejects.toThrow(MissingEventHandlerError);
  });

  it('refuses two processors of one queue in a process', async () => {
    await expect(refusedWorkerWith([AssessmentTopics, SweepProcessor, OtherSweepProcessor])).rejects.toThrow(
      /queue sweep has two processors: SweepProcessor and OtherSweepProcessor/,
    );
  });
});
