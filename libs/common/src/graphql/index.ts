export * from './subgraph.js';
export * from './validation.js';
export * from './connection.js';
export * from './request-loader.js';
export * from './http-response.plugin.js';
export * from './error-filter.js';
export * from './described.js';
