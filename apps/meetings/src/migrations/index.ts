import { MeetingsSchema1767000000200 } from './1767000000200-meetings-schema.js';
import { Supervision1767000000210 } from './1767000000210-supervision.js';
import { NoticeChildTenantPath1767000000220 } from './1767000000220-notice-child-tenant-path.js';
import { Conferences1767000000230 } from './1767000000230-conferences.js';
import { ConferenceMeetings1767000000240 } from './1767000000240-conference-meetings.js';
import { ConferenceTasks1767000000250 } from './1767000000250-conference-tasks.js';
import { TenantCalendars1767000000260 } from './1767000000260-tenant-calendars.js';
import { LadderAndCaseRefs1767000000270 } from './1767000000270-ladder-and-case-refs.js';
import { Attachments1767000000280 } from './1767000000280-attachments.js';
import { NoticeInstruments1767000000285 } from './1767000000285-notice-instruments.js';
import { OutboxTraceparent1767000000290 } from './1767000000290-outbox-traceparent.js';

export const MEETINGS_MIGRATIONS = [
  MeetingsSchema1767000000200,
  Supervision1767000000210,
  NoticeChildTenantPath1767000000220,
  Conferences1767000000230,
  ConferenceMeetings1767000000240,
  ConferenceTasks1767000000250,
  TenantCalendars1767000000260,
  LadderAndCaseRefs1767000000270,
  Attachments1767000000280,
  NoticeInstruments1767000000285,
  OutboxTraceparent1767000000290,
];
