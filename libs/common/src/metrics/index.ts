export * from './registry.js';
export * from './names.js';
export * from './database-metrics.js';
export * from './job-metrics.js';
export * from './queue-metrics.js';
export * from './graphql-metrics.plugin.js';
export * from './metrics-access.js';
export * from './metrics.module.js';
