import { Module } from '@nestjs/common';
import { SchemesModule } from '../schemes/schemes.module.js';
import { JurisdictionIndicatorsResolver } from './jurisdiction-indicators.resolver.js';
import { JurisdictionIndicators } from './jurisdiction-indicators.service.js';

/** 统计分析: a jurisdiction's indicators computed as the assessment computes them. */
@Module({
  imports: [SchemesModule],
  providers: [JurisdictionIndicators, JurisdictionIndicatorsResolver],
})
export class StatisticsModule {}
