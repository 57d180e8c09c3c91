export * from './case-state.js';
export * from './lifecycle.js';
