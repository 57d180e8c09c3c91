/**
 * The labels of the services' shared vocabulary, in one place: the owning service registers its
 * enums with them, and the others (the assessment's fact fields) read the same words.
 */
export * from './cases.js';
export * from './meetings.js';
export * from './supervision.js';
export * from './tasks.js';
export * from './levels.js';
