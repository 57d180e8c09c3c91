export * from './attachment-rules.js';
