export * from './case-state.js';
export * from './lifecycle.js';
export * from './acting-office.js';
export * from './intake-rules.js';
export * from './ending.js';
export * from './repeat-rules.js';
export * from './timeline-details.js';
