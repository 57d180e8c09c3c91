import { MeetingsSchema1767000000200 } from './1767000000200-meetings-schema.js';

export const MEETINGS_MIGRATIONS = [MeetingsSchema1767000000200];
