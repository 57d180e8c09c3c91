import { AppError, ErrorCode } from '#common/errors';
import { MEETING_STATE_LABELS, MeetingState } from './vocabulary.js';

export enum MeetingAction {
  RECORD = 'RECORD',
  CANCEL = 'CANCEL',
}

/** PLANNED → HELD (recorded) or CANCELLED; both are final. */
const TRANSITIONS: Readonly<Record<MeetingState, Partial<Record<MeetingAction, MeetingState>>>> = {
  PLANNED: { RECORD: MeetingState.HELD, CANCEL: MeetingState.CANCELLED },
  HELD: {},
  CANCELLED: {},
};

const ACTION_LABELS: Readonly<Record<MeetingAction, string>> = { RECORD: '记录', CANCEL: '取消' };

/** The state after `action`; INVALID_TRANSITION naming the state when the action is not open. */
export function nextMeetingState(state: MeetingState, action: MeetingAction): MeetingState {
  const next = TRANSITIONS[state][action];
  if (!next) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `会议${MEETING_STATE_LABELS[state]}，不能${ACTION_LABELS[action]}`, { state, action });
  }
  return next;
}
