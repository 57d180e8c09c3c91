export * from './resident-id.js';
export * from './phone.js';
export * from './mask.js';
export * from './cipher.js';
export * from './pii-cipher.service.js';
