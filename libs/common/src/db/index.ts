export * from './sql.js';
export * from './data-source.js';
export * from './migrate.js';
export * from './databases.js';
export * from './tenant-scoped.js';
export * from './prepared-statements.js';
export * from './entity-rows.js';
