export * from './instrument.js';
export * from './layout.js';
export * from './numbering.js';
export * from './render.js';
