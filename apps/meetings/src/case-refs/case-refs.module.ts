import { Module } from '@nestjs/common';
import { CaseRefs } from './case-refs.js';

/** The cases this service may reference, as far as each caller may see them. */
@Module({
  providers: [CaseRefs],
  exports: [CaseRefs],
})
export class CaseRefsModule {}
