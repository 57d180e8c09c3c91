import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventTopic } from './catalogue.js';

/** What a handler method declares: its topic, and whether it takes the topic's events in batches. */
export interface HandledTopic {
  topic: EventTopic;
  batch: boolean;
}

const HANDLED_TOPIC = Symbol('handled-topic');

/** A handler of one event: its payload is the producer's contract for the topic. */
export type EventHandlerMethod<P> = (em: EntityManager, event: EventEnvelope<P>) => Promise<void>;
/** A handler of consecutive events of one topic (see BATCHED_ROUTES). */
export type BatchEventHandlerMethod<P> = (em: EntityManager, events: readonly EventEnvelope<P>[]) => Promise<void>;

/**
 * Declares the method the handler of `topic`, delivered one event at a time. The service's event
 * worker finds it at start among the process's providers (see `EventWorkerModule`).
 */
export function HandlesEvent(topic: EventTopic) {
  return <P>(target: object, method: string | symbol, _descriptor: TypedPropertyDescriptor<EventHandlerMethod<P>>): void =>
    Reflect.defineMetadata(HANDLED_TOPIC, { topic, batch: false } satisfies HandledTopic, target, method);
}

/** Declares the method the handler of `topic`, which the consumer takes in batches (BATCHED_ROUTES). */
export function HandlesEvents(topic: EventTopic) {
  return <P>(target: object, method: string | symbol, _descriptor: TypedPropertyDescriptor<BatchEventHandlerMethod<P>>): void =>
    Reflect.defineMetadata(HANDLED_TOPIC, { topic, batch: true } satisfies HandledTopic, target, method);
}

/** The topic a method declares it handles, if any. */
export function handledTopicOf(prototype: object, method: string): HandledTopic | undefined {
  return Reflect.getMetadata(HANDLED_TOPIC, prototype, method) as HandledTopic | undefined;
}
