export * from './tenant-context.js';
export * from './tenant-transactions.js';
export * from './audit.js';
export * from './subtree.js';
