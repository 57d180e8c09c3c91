export * from './catalogue.js';
export * from './outbox.js';
export * from './outbox-relay.js';
export * from './event-consumer.js';
export * from './handles-event.js';
