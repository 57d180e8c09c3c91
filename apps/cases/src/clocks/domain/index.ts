export * from './statutory-rules.js';
export * from './stage-deadline.js';
export * from './open-clocks.js';
export * from './clock-moves.js';
export * from './running-clock.js';
export * from './supervision-trigger.js';
