import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute, tenantTableSecurity } from '#common/db';

/**
 * Meetings of a tenant's joint conference (会议): kind, date, chair (a convenor), attendees
 * (convenors and member units, with the attendance recorded when held), agenda items (free text or
 * a case by id, with the number/title the caller gave: this schema never reads the cases schema),
 * minutes, and decisions (议定事项) in their own table, for tasks to refer to later.
 *
 * A conference may have one recurring schedule per meeting kind; holding a meeting of that kind
 * plans the next. Visibility is the subtree rule of the other meetings tables.
 */
export class ConferenceMeetings1767000000240 implements MigrationInterface {
  name = 'ConferenceMeetings1767000000240';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE meetings.conference_meetings (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         conference_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('PLENARY', 'WORKING', 'SPECIAL', 'SCHEDULING')),
         meeting_date date NOT NULL,
         title text CHECK (title IS NULL OR char_length(title) BETWEEN 1 AND 100),
         chair_user_id uuid NOT NULL,
         chair_name text NOT NULL,
         -- [{ kind, userId, memberId, name, attendance, note }], in the order given
         attendees jsonb NOT NULL CHECK (jsonb_typeof(attendees) = 'array'),
         -- [{ text, caseId, caseNumber, caseTitle }], in the order given
         agenda jsonb NOT NULL CHECK (jsonb_typeof(agenda) = 'array'),
         minutes text,
         state text NOT NULL CHECK (state IN ('PLANNED', 'HELD', 'CANCELLED')),
         cancel_reason text,
         -- the held meeting whose schedule planned this one
         planned_from uuid,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         FOREIGN KEY (tenant_id, conference_id) REFERENCES meetings.conferences (tenant_id, id)
       )`,
      `CREATE INDEX meetings_conference_meetings_date ON meetings.conference_meetings (tenant_id, meeting_date DESC, id DESC)`,
      // A held meeting plans the next one once.
      `CREATE UNIQUE INDEX meetings_conference_meetings_planned_from ON meetings.conference_meetings (planned_from) WHERE planned_from IS NOT NULL`,
      ...tenantTableSecurity('meetings.conference_meetings'),

      `CREATE TABLE meetings.meeting_decisions (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         meeting_id uuid NOT NULL,
         ordinal integer NOT NULL CHECK (ordinal >= 1),
         text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (meeting_id, ordinal),
         FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings.conference_meetings (tenant_id, id)
       )`,
      ...tenantTableSecurity('meetings.meeting_decisions'),

      `CREATE TABLE meetings.meeting_schedules (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         conference_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('PLENARY', 'WORKING', 'SPECIAL', 'SCHEDULING')),
         recurrence text NOT NULL CHECK (recurrence IN ('WEEKLY', 'EVERY_N_DAYS')),
         weekday integer CHECK (weekday BETWEEN 0 AND 6),
         every_days integer CHECK (every_days BETWEEN 1 AND 366),
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (conference_id, kind),
         FOREIGN KEY (tenant_id, conference_id) REFERENCES meetings.conferences (tenant_id, id),
         CHECK ((recurrence = 'WEEKLY' AND weekday IS NOT NULL AND every_days IS NULL)
             OR (recurrence = 'EVERY_N_DAYS' AND every_days IS NOT NULL AND weekday IS NULL))
       )`,
      // A schedule is removed when the office stops it (the audit log keeps it).
      ...tenantTableSecurity('meetings.meeting_schedules', 'SELECT, INSERT, UPDATE, DELETE'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE meetings.meeting_schedules`, `DROP TABLE meetings.meeting_decisions`, `DROP TABLE meetings.conference_meetings`]);
  }
}
