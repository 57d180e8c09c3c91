import { Module } from '@nestjs/common';
import { AssessmentResults } from './assessment-results.service.js';
import { RankingExportController } from './ranking-export.controller.js';
import { SchemeResolver, TenantResultsResolver } from './scheme.resolver.js';
import { SchemesService } from './schemes.service.js';
import { ScoreComputation } from './score-computation.js';

/** 考核方案: schemes, scores computed from the facts, drill-down, publication, export, results per tenant. */
@Module({
  controllers: [RankingExportController],
  providers: [ScoreComputation, SchemesService, AssessmentResults, SchemeResolver, TenantResultsResolver],
  exports: [ScoreComputation],
})
export class SchemesModule {}
