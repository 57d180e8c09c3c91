export * from './step-instruments.js';
export * from './templates.js';
export * from './texts.js';
