export * from './trigger-rules.js';
export * from './clock-jobs-queue.js';
