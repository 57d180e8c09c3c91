export * from './instrument.js';
export * from './layout.js';
export * from './render.js';
