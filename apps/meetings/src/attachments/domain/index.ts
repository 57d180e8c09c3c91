export * from './attachment-owners.js';
