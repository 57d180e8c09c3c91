export * from './subgraph.js';
export * from './validation.js';
export * from './connection.js';
