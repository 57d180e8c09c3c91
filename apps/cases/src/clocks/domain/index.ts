export * from './statutory-rules.js';
export * from './stage-deadline.js';
export * from './open-clocks.js';
export * from './hearing-pauses.js';
export * from './running-clock.js';
export * from './supervision-trigger.js';
