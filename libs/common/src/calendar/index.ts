export * from './iso-date.js';
export * from './holiday-calendar.js';
export * from './arithmetic.js';
export * from './stages.js';
export * from './working-time.js';
export * from './countdown.js';
