import { Module } from '@nestjs/common';
import { CaseRefStore } from './case-ref.store.js';
import { CaseRefsService } from './case-refs.service.js';
import { CaseTransitionedHandler } from './events/case-transitioned.handler.js';

/** The cases this service may reference, as far as each caller may see them. */
@Module({
  providers: [CaseRefStore, CaseRefsService, CaseTransitionedHandler],
  exports: [CaseRefsService, CaseTransitionedHandler],
})
export class CaseRefsModule {}
