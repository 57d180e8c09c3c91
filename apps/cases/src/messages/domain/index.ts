export * from './petitioner-messages.js';
