export * from './notice.entity.js';
export * from './notice-history.entity.js';
export * from './notice-feedback.entity.js';
export * from './supervised-subject.entity.js';

import { NoticeEntity } from './notice.entity.js';
import { NoticeHistoryEntity } from './notice-history.entity.js';
import { NoticeFeedbackEntity } from './notice-feedback.entity.js';
import { SupervisedSubjectEntity } from './supervised-subject.entity.js';

// Supervision settings are read and written in SQL only (the inherited chain), so have no entity.
export const SUPERVISION_ENTITIES = [NoticeEntity, NoticeHistoryEntity, NoticeFeedbackEntity, SupervisedSubjectEntity];
