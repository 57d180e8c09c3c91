export * from './cadence.js';
export * from './calendar-chain.js';
export * from './deadline-clock.js';
export * from './task-triggers.js';
