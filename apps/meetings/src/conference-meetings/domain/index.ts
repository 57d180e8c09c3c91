export * from './vocabulary.js';
export * from './meeting-state.js';
export * from './recurrence.js';
