export * from './roles.js';
export * from './decorators.js';
export * from './token.service.js';
export * from './roles.guard.js';
export * from './declared-roles.js';
export * from './passwords.js';
export * from './token-states.js';
export * from './client-address.js';
