export * from './request-id.js';
export * from './log-settings.js';
export * from './service-logger.js';
export * from './logging.module.js';
export * from './log-fields.plugin.js';
export * from './log-context.js';
