import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * How each case ended (结局), in the case facts: the ending (办结 with a decision, 调解, 撤回,
 * 不予受理, 答复办结), the decline reason, whether the matter is final (终结) and what a review and
 * a re-examination found. The rows held get what they show, by the rule `caseEnding` (facts/domain/fact-rows.ts)
 * applies to an event of the older shape — the same rule, written in SQL: a declined case is
 * DECLINED; a decision issued is DECIDED, or ANSWERED for a suggestion or accusation closed after
 * its reply; a claim closed after a decision was closed by its lapsed window, so final, as is a
 * finalized case. What no held column shows stays empty: the decline reasons, the review results,
 * and whether a case closed without a decision was mediated or withdrawn (its ending stays NULL,
 * counted as neither). `rebuildFacts` (source CASES) replays the cases as they stand and fills
 * these in, as it refreshes every other column.
 *
 * Draft schemes that copied a library indicator now redefined on the ending (the first-petition,
 * backlog and leader resolution rates, participation and satisfaction) get the new definition;
 * a published scheme keeps its frozen results, an indicator a scheme changed is its own.
 */
export class CaseEndings1767000000330 implements MigrationInterface {
  name = 'CaseEndings1767000000330';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE assessment.case_facts
         ADD COLUMN decline_reason text,
         ADD COLUMN ending text,
         ADD COLUMN final boolean NOT NULL DEFAULT false,
         ADD COLUMN review_result text,
         ADD COLUMN reexamination_result text`,
      `ALTER TABLE assessment.case_facts ALTER COLUMN final DROP DEFAULT`,
      DERIVE_HELD_ENDINGS,
      redefineDrafts(REDEFINED),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      redefineDrafts(REDEFINED.map(([before, after]) => [after, before])),
      `ALTER TABLE assessment.case_facts DROP COLUMN decline_reason, DROP COLUMN ending, DROP COLUMN final, DROP COLUMN review_result, DROP COLUMN reexamination_result`,
    ]);
  }
}

/** The ending of the case facts held, from their other columns (kept alike with `caseEnding`). */
export const DERIVE_HELD_ENDINGS = `UPDATE assessment.case_facts SET
  ending = CASE WHEN declined THEN 'DECLINED'
                WHEN outcome IS NULL THEN NULL
                WHEN state = 'CLOSED' AND kind <> 'CLAIM' THEN 'ANSWERED'
                ELSE 'DECIDED' END,
  final = state = 'FINALIZED' OR (state = 'CLOSED' AND outcome IS NOT NULL AND kind = 'CLAIM')`;

type Definition = Record<string, unknown>;

/** The items of draft schemes holding the first definition get the second (a scheme's version moves on). */
export function redefineDrafts(pairs: readonly (readonly [Definition, Definition])[]): string {
  const values = pairs.map(([before, after]) => `('${JSON.stringify(before)}'::jsonb, '${JSON.stringify(after)}'::jsonb)`).join(',\n    ');
  return `WITH changed AS (
       UPDATE assessment.scheme_items i SET indicator = r.after
         FROM (VALUES ${values}) r (before, after), assessment.schemes s
        WHERE i.indicator = r.before AND s.tenant_id = i.tenant_id AND s.id = i.scheme_id AND s.state = 'DRAFT'
       RETURNING i.tenant_id, i.scheme_id)
     UPDATE assessment.schemes s SET version = version + 1, updated_at = now()
      WHERE (s.tenant_id, s.id) IN (SELECT DISTINCT tenant_id, scheme_id FROM changed)`;
}

/** The library definitions as they were and as they are now (frozen here: the library moves on). */
export const REDEFINED: readonly (readonly [Definition, Definition])[] = [
  [
    {
      code: 'PARTICIPATION_RATE',
      name: '群众参评率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [{ field: 'finished', operator: 'IS_TRUE' }],
      numerator: [{ field: 'rated', operator: 'IS_TRUE' }],
    },
    {
      code: 'PARTICIPATION_RATE',
      name: '群众参评率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'ending', operator: 'IN', value: ['DECIDED', 'ANSWERED'] },
      ],
      numerator: [{ field: 'rated', operator: 'IS_TRUE' }],
    },
  ],
  [
    {
      code: 'SATISFACTION_RATE',
      name: '参评满意率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [{ field: 'rated', operator: 'IS_TRUE' }],
      numerator: [{ field: 'rating', operator: 'IN', value: ['SATISFIED', 'BASICALLY_SATISFIED'] }],
    },
    {
      code: 'SATISFACTION_RATE',
      name: '参评满意率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [
        { field: 'rated', operator: 'IS_TRUE' },
        { field: 'ending', operator: 'IN', value: ['DECIDED', 'ANSWERED'] },
      ],
      numerator: [{ field: 'rating', operator: 'IN', value: ['SATISFIED', 'BASICALLY_SATISFIED'] }],
    },
  ],
  [
    {
      code: 'SATISFACTION_RATE_STRICT',
      name: '参评满意率（仅计满意）',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [{ field: 'rated', operator: 'IS_TRUE' }],
      numerator: [{ field: 'rating', operator: 'EQ', value: 'SATISFIED' }],
    },
    {
      code: 'SATISFACTION_RATE_STRICT',
      name: '参评满意率（仅计满意）',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [
        { field: 'rated', operator: 'IS_TRUE' },
        { field: 'ending', operator: 'IN', value: ['DECIDED', 'ANSWERED'] },
      ],
      numerator: [{ field: 'rating', operator: 'EQ', value: 'SATISFIED' }],
    },
  ],
  [
    {
      code: 'FIRST_PETITION_RESOLUTION_RATE',
      name: '初信初访一次性化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [
        { field: 'kind', operator: 'EQ', value: 'CLAIM' },
        { field: 'firstPetition', operator: 'IS_TRUE' },
        { field: 'finished', operator: 'IS_TRUE' },
      ],
      numerator: [{ field: 'reviewed', operator: 'IS_FALSE' }],
    },
    {
      code: 'FIRST_PETITION_RESOLUTION_RATE',
      name: '初信初访一次性化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'finishedOn' },
      denominator: [
        { field: 'kind', operator: 'EQ', value: 'CLAIM' },
        { field: 'firstPetition', operator: 'IS_TRUE' },
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'ending', operator: 'IN', value: ['DECIDED', 'MEDIATED', 'WITHDRAWN'] },
      ],
      numerator: [
        { field: 'resolved', operator: 'IS_TRUE' },
        { field: 'reviewed', operator: 'IS_FALSE' },
      ],
    },
  ],
  [
    {
      code: 'BACKLOG_RESOLUTION_RATE',
      name: '积案化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'BACKLOG' },
      denominator: [],
      numerator: [{ field: 'finishedInPeriod', operator: 'IS_TRUE' }],
    },
    {
      code: 'BACKLOG_RESOLUTION_RATE',
      name: '积案化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'BACKLOG' },
      denominator: [{ field: 'kind', operator: 'EQ', value: 'CLAIM' }],
      numerator: [
        { field: 'finishedInPeriod', operator: 'IS_TRUE' },
        { field: 'resolved', operator: 'IS_TRUE' },
      ],
    },
  ],
  [
    {
      code: 'LEADER_RECEPTION_RESOLUTION_RATE',
      name: '领导接访化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      denominator: [{ field: 'viaReception', operator: 'IS_TRUE' }],
      numerator: [
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'reviewed', operator: 'IS_FALSE' },
      ],
    },
    {
      code: 'LEADER_RECEPTION_RESOLUTION_RATE',
      name: '领导接访化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      denominator: [
        { field: 'viaReception', operator: 'IS_TRUE' },
        { field: 'kind', operator: 'EQ', value: 'CLAIM' },
        { field: 'ending', operator: 'NOT_IN', value: ['DECLINED'] },
      ],
      numerator: [
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'resolved', operator: 'IS_TRUE' },
        { field: 'reviewed', operator: 'IS_FALSE' },
      ],
    },
  ],
  [
    {
      code: 'LEADER_OWNED_RESOLUTION_RATE',
      name: '领导包案化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      denominator: [{ field: 'leaderOwned', operator: 'IS_TRUE' }],
      numerator: [
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'reviewed', operator: 'IS_FALSE' },
      ],
    },
    {
      code: 'LEADER_OWNED_RESOLUTION_RATE',
      name: '领导包案化解率',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      denominator: [
        { field: 'leaderOwned', operator: 'IS_TRUE' },
        { field: 'kind', operator: 'EQ', value: 'CLAIM' },
        { field: 'ending', operator: 'NOT_IN', value: ['DECLINED'] },
      ],
      numerator: [
        { field: 'finished', operator: 'IS_TRUE' },
        { field: 'resolved', operator: 'IS_TRUE' },
        { field: 'reviewed', operator: 'IS_FALSE' },
      ],
    },
  ],
];
