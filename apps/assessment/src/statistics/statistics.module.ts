import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module.js';
import { SchemesModule } from '../schemes/schemes.module.js';
import { IndicatorsExportController } from './indicators-export.controller.js';
import { JurisdictionIndicatorsResolver } from './jurisdiction-indicators.resolver.js';
import { IndicatorQueriesService } from './indicator-queries.service.js';

/** 统计分析: a jurisdiction's indicators computed as the assessment computes them. */
@Module({
  imports: [JurisdictionsModule, SchemesModule],
  controllers: [IndicatorsExportController],
  providers: [IndicatorQueriesService, JurisdictionIndicatorsResolver],
})
export class StatisticsModule {}
