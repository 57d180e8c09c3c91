/** The Chinese labels of conference meetings' (联席会议的会议) vocabulary, keyed by the values the meetings service stores and sends. */

export const MEETING_KIND_LABELS = {
  PLENARY: '全体会议',
  WORKING: '工作会议',
  SPECIAL: '专题会议',
  SCHEDULING: '调度会',
} as const;
