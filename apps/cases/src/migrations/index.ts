import { Directory1767000000000 } from './1767000000000-directory.js';
import { CasesSchema1767000000100 } from './1767000000100-cases-schema.js';
import { CaseHandling1767000000400 } from './1767000000400-case-handling.js';
import { TenantLineage1767000000410 } from './1767000000410-tenant-lineage.js';
import { CaseListIndexes1767000000420 } from './1767000000420-case-list-indexes.js';
import { CaseHandBack1767000000430 } from './1767000000430-case-hand-back.js';
import { CaseProblemLevels1767000000440 } from './1767000000440-case-problem-levels.js';
import { RatingTokenHash1767000000450 } from './1767000000450-rating-token-hash.js';
import { DeadlineTriggers1767000000460 } from './1767000000460-deadline-triggers.js';
import { OutboxDeadlineOwner1767000000470 } from './1767000000470-outbox-deadline-owner.js';
import { RatingLinkExpiry1767000000480 } from './1767000000480-rating-link-expiry.js';
import { PetitionerWindowsAndRepeats1767000000490 } from './1767000000490-petitioner-windows-and-repeats.js';
import { CaseReportUp1767000000500 } from './1767000000500-case-report-up.js';
import { CaseOpinions1767000000501 } from './1767000000501-case-opinions.js';
import { CaseCountBases1767000000502 } from './1767000000502-case-count-bases.js';
import { FactsRefresh1767000000503 } from './1767000000503-facts-refresh.js';
import { LoginSecurity1767000000520 } from './1767000000520-login-security.js';
import { CaseListOrders1767000000530 } from './1767000000530-case-list-orders.js';
import { CaseStatisticsScopes1767000000545 } from './1767000000545-case-statistics-scopes.js';
import { CaseBacklog1767000000550 } from './1767000000550-case-backlog.js';
import { Attachments1767000000560 } from './1767000000560-attachments.js';
import { CaseInstruments1767000000570 } from './1767000000570-case-instruments.js';
import { PetitionerMessages1767000000580 } from './1767000000580-petitioner-messages.js';
import { OnlineSubmissions1767000000590 } from './1767000000590-online-submissions.js';
import { OutboxTraceparent1767000000600 } from './1767000000600-outbox-traceparent.js';
import { InlineTenantPath1767000000610 } from './1767000000610-inline-tenant-path.js';

export const CASES_MIGRATIONS = [
  Directory1767000000000,
  CasesSchema1767000000100,
  CaseHandling1767000000400,
  TenantLineage1767000000410,
  CaseListIndexes1767000000420,
  CaseHandBack1767000000430,
  CaseProblemLevels1767000000440,
  RatingTokenHash1767000000450,
  DeadlineTriggers1767000000460,
  OutboxDeadlineOwner1767000000470,
  RatingLinkExpiry1767000000480,
  PetitionerWindowsAndRepeats1767000000490,
  CaseReportUp1767000000500,
  CaseOpinions1767000000501,
  CaseCountBases1767000000502,
  FactsRefresh1767000000503,
  LoginSecurity1767000000520,
  CaseListOrders1767000000530,
  CaseStatisticsScopes1767000000545,
  CaseBacklog1767000000550,
  Attachments1767000000560,
  CaseInstruments1767000000570,
  PetitionerMessages1767000000580,
  OnlineSubmissions1767000000590,
  OutboxTraceparent1767000000600,
  InlineTenantPath1767000000610,
];
