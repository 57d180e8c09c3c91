import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { notFound } from '#common/errors';
import { attachmentDisposition, type ExportFile } from '#common/graphql';
import { periodLabel } from '#common/statistics';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import {
  COLLECTIVE_VISIT_BATCHES,
  COLLECTIVE_VISIT_BATCHES_YOY,
  COLLECTIVE_VISIT_PERSON_TIMES,
  COLLECTIVE_VISIT_PERSON_TIMES_YOY,
  FIRST_PETITION_RESOLUTION_RATE,
  type IndicatorDefinition,
  LEVEL_SKIPPING_VISIT_BATCHES,
  LEVEL_SKIPPING_VISIT_BATCHES_YOY,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY,
  ON_TIME_COMPLETION_RATE,
  PARTICIPATION_RATE,
  SATISFACTION_RATE,
  TIMELY_ACCEPTANCE_RATE,
  indicatorValue,
  periodRange,
} from '../schemes/domain/index.js';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import type { AssessmentPeriodInput } from '../schemes/dto/scheme.inputs.js';
import { indicatorView, periodOf } from '../schemes/scheme-mapping.js';
import { ScoreComputation } from '../schemes/score-computation.js';
import { COUNTING } from '../schemes/score.store.js';
import type { IndicatorValueView } from './dto/indicator-value.type.js';
import { indicatorsWorkbook } from './indicators-workbook.js';

/** The library's indicators a statistics report shows, in the order of the county reports. */
export const STATISTICS_INDICATORS: readonly IndicatorDefinition[] = [
  TIMELY_ACCEPTANCE_RATE,
  ON_TIME_COMPLETION_RATE,
  PARTICIPATION_RATE,
  SATISFACTION_RATE,
  FIRST_PETITION_RESOLUTION_RATE,
  COLLECTIVE_VISIT_BATCHES,
  COLLECTIVE_VISIT_BATCHES_YOY,
  COLLECTIVE_VISIT_PERSON_TIMES,
  COLLECTIVE_VISIT_PERSON_TIMES_YOY,
  LEVEL_SKIPPING_VISIT_BATCHES,
  LEVEL_SKIPPING_VISIT_BATCHES_YOY,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY,
];

/** The statistics' rates and visit counts of a jurisdiction, read from the assessment's facts by its definitions. */
@Injectable()
export class IndicatorQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly jurisdictions: JurisdictionStore,
    private readonly computation: ScoreComputation,
    private readonly clock: Clock,
  ) {}

  async values(ctx: TenantContext, input: AssessmentPeriodInput, tenantId?: string | null): Promise<IndicatorValueView[]> {
    return (await this.read(ctx, input, tenantId)).values;
  }

  /** The same values as an Excel file, named by the jurisdiction and the period. */
  async file(ctx: TenantContext, input: AssessmentPeriodInput, tenantId?: string | null): Promise<ExportFile> {
    const { name, period, values } = await this.read(ctx, input, tenantId);
    const label = periodLabel({ from: period.start, to: period.end });
    return {
      disposition: attachmentDisposition(`indicators_${period.start}_${period.end}.xlsx`, `信访主要指标_${name}_${label}.xlsx`),
      content: await indicatorsWorkbook(`${name}信访工作主要指标（${label}，按问题属地，口径与考核一致）`, values),
      truncated: false,
    };
  }

  private read(ctx: TenantContext, input: AssessmentPeriodInput, tenantId?: string | null) {
    const period = periodRange(periodOf(input));
    return this.transactions.run(
      ctx,
      async (em) => {
        const jurisdiction = await this.jurisdictions.within(em, tenantId ?? ctx.tenantId, ctx.tenantPath);
        if (!jurisdiction) throw notFound('辖区');
        const raws = await this.computation.indicatorRaws(em, jurisdiction.path, period, this.clock.today(), STATISTICS_INDICATORS);
        const values: IndicatorValueView[] = STATISTICS_INDICATORS.map((indicator) => {
          const raw = raws[indicator.code]!;
          return {
            indicator: indicatorView(indicator),
            value: indicatorValue(indicator, raw),
            numerator: raw.numerator ?? 0,
            denominator: raw.denominator ?? null,
            previous: raw.previous ?? null,
          };
        });
        return { name: jurisdiction.name, period, values };
      },
      COUNTING,
    );
  }
}
