export * from './case.entity.js';
export * from './petitioner.entity.js';
export * from './case-stage.entity.js';
export * from './case-transition.entity.js';
export * from './case-opinion.entity.js';
