import { AssessmentSchema1767000000300 } from './1767000000300-assessment-schema.js';
import { Facts1767000000310 } from './1767000000310-facts.js';
import { Schemes1767000000320 } from './1767000000320-schemes.js';
import { CaseEndings1767000000330 } from './1767000000330-case-endings.js';
import { OutboxTraceparent1767000000340 } from './1767000000340-outbox-traceparent.js';
import { CaseFactRollups1767000000350 } from './1767000000350-case-fact-rollups.js';
import { CaseFactYears1767000000360 } from './1767000000360-case-fact-years.js';
import { FactReadsPathOnce1767000000370 } from './1767000000370-fact-reads-path-once.js';

export const ASSESSMENT_MIGRATIONS = [
  AssessmentSchema1767000000300,
  Facts1767000000310,
  Schemes1767000000320,
  CaseEndings1767000000330,
  OutboxTraceparent1767000000340,
  CaseFactRollups1767000000350,
  CaseFactYears1767000000360,
  FactReadsPathOnce1767000000370,
];
