export * from './trigger-rules.js';
export * from './clock-jobs-queue.js';
export * from './clock-jobs-worker.js';
