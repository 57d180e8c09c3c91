export * from './vocabulary.js';
export * from './notice-state.js';
export * from './ladder.js';
export * from './settings.js';
export * from './access.js';
export * from './notice-text.js';
export * from './notice-instrument.js';
