export * from './tenant-level.js';
export * from './entities.js';
export * from './jurisdictions.js';
