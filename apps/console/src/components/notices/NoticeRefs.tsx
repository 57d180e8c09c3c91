import { Space } from 'antd';
import { Link } from 'react-router-dom';
import type { SupervisedSubjectType } from '../../gql/graphql';
import { feedbackClock, subjectPath } from '../../logic/notices';
import { DaysLeftTag } from '../DaysLeftTag';

/** A China date of an instant the API gives (issued, read, decided …). */
export function chinaDate(at: string): string {
  return new Date(at).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

export function chinaDateTime(at: string): string {
  return new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

/** The supervised case (number and title) or task (its title), linking to its page. */
export function NoticeSubject({ notice }: { notice: { subjectType: SupervisedSubjectType; subjectId: string; subjectNumber: string; subjectTitle: string } }) {
  return (
    <Link to={subjectPath(notice)}>{notice.subjectType === 'TASK' ? `任务：${notice.subjectTitle}` : `${notice.subjectNumber} ${notice.subjectTitle}`}</Link>
  );
}

/** Who addressed it: the tenant, and the unit inside it when one handles the subject. */
export function addresseeOf(notice: { addresseeTenantName: string; addresseeUnitName?: string | null }): string {
  return notice.addresseeUnitName ? `${notice.addresseeTenantName} · ${notice.addresseeUnitName}` : notice.addresseeTenantName;
}

/** The feedback due date with the days left (red once overdue), or a dash when none is owed. */
export function FeedbackDue({ notice }: { notice: { feedbackDue?: string | null; feedbackDaysLeft?: number | null; feedbackOverdueDays?: number | null } }) {
  if (!notice.feedbackDue) return <span>—</span>;
  const clock = feedbackClock(notice);
  return (
    <Space size={4}>
      <span>{notice.feedbackDue}</span>
      {clock && <DaysLeftTag clock={clock} />}
    </Space>
  );
}
