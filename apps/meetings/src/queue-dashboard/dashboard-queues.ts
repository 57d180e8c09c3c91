import { eventQueueName } from '#common/events';
import { NOTICE_ESCALATION_QUEUE } from '../supervision/queues/notice-escalation.queue.js';
import { TASK_DEADLINES_QUEUE } from '../tasks/clock/queues/task-deadlines.queue.js';

/** A BullMQ queue shown on the dashboard: its name (without the deployment's prefix) and what it is for. */
export interface DashboardQueue {
  name: string;
  description: string;
}

/**
 * Every queue of the system, the one list the dashboard shows. A service that adds a queue adds it
 * here too; a queue that does not exist yet in Redis is shown empty. The other services' queue names
 * are repeated rather than imported from their folders, so this service depends on none of them.
 */
export const DASHBOARD_QUEUES: readonly DashboardQueue[] = [
  { name: eventQueueName('cases'), description: '事件投递：信访事项服务' },
  { name: eventQueueName('meetings'), description: '事件投递：联席会议与督查督办服务' },
  { name: eventQueueName('assessment'), description: '事件投递：考核服务' },
  // apps/cases/src/clocks/queues/deadline-recompute.queue.ts (DEADLINE_RECOMPUTE_QUEUE)
  { name: 'deadline-recompute', description: '节假日调整后重算办理期限（信访事项服务）' },
  { name: 'case-deadlines', description: '办理期限的提醒与逾期任务（信访事项服务）' },
  // apps/cases/src/messages/queues/petitioner-messages.queue.ts (PETITIONER_MESSAGES_QUEUE)
  { name: 'petitioner-messages', description: '发给信访人的短信、邮件通知（信访事项服务）' },
  { name: NOTICE_ESCALATION_QUEUE, description: '督办单逐级升级（督查督办）' },
  { name: TASK_DEADLINES_QUEUE, description: '联席会议任务时限的提醒与逾期（督查督办）' },
];
