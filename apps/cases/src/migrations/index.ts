import { Directory1767000000000 } from './1767000000000-directory.js';
import { CasesSchema1767000000100 } from './1767000000100-cases-schema.js';

export const CASES_MIGRATIONS = [Directory1767000000000, CasesSchema1767000000100];
