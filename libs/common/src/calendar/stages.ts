/** The clocked stages of a case (《信访工作条例》 2022); their periods are the cases service's (apps/cases/src/clocks/domain), their names `CASE_STAGE_LABELS`. */
export type Stage = 'ROUTE' | 'RECEIVE' | 'OBJECT' | 'NOTIFY' | 'HANDLE' | 'REVIEW_WINDOW' | 'REVIEW' | 'REEXAMINATION_WINDOW' | 'REEXAMINATION';
