export * from './vocabulary.js';
export * from './task-state.js';
export * from './access.js';
export * from './task-tree.js';
export * from './task-actions.js';
