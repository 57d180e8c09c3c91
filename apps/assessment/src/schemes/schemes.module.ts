import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module.js';
import { RankingExportController } from './ranking-export.controller.js';
import { SchemeQueriesService } from './scheme-queries.service.js';
import { SchemeResolver, TenantResultsResolver } from './scheme.resolver.js';
import { SchemeStore } from './scheme.store.js';
import { SchemesService } from './schemes.service.js';
import { ScoreComputation } from './score-computation.js';
import { ScoreStore } from './score.store.js';

/** 考核方案: schemes, scores computed from the facts, drill-down, publication, export, results per tenant. */
@Module({
  imports: [JurisdictionsModule],
  controllers: [RankingExportController],
  providers: [SchemeStore, ScoreStore, ScoreComputation, SchemesService, SchemeQueriesService, SchemeResolver, TenantResultsResolver],
  exports: [ScoreComputation],
})
export class SchemesModule {}
