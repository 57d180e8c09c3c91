import 'reflect-metadata';

const PROCESSED_QUEUE = Symbol('processed-queue');

/**
 * Declares a class the consumer of a BullMQ queue in its worker process: the worker it starts
 * takes the queue's name from here (`processedQueueOf`), and a process refuses to start with two
 * processors of one queue (see `EventWorker`).
 */
export function ProcessesQueue(queue: string): ClassDecorator {
  return (target) => Reflect.defineMetadata(PROCESSED_QUEUE, queue, target);
}

/** The queue a processor declares, if it is one. */
export function processedQueueOf(processor: object): string | undefined {
  return Reflect.getMetadata(PROCESSED_QUEUE, processor.constructor) as string | undefined;
}

/** The queue a processor declares; a class that declares none cannot consume. */
export function queueOfProcessor(processor: object): string {
  const queue = processedQueueOf(processor);
  if (!queue) throw new Error(`${processor.constructor.name} declares no queue (@ProcessesQueue)`);
  return queue;
}
