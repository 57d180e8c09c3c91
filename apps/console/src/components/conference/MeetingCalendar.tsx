import { useQuery } from '@apollo/client';
import { Alert, Badge, Calendar } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { calendarEntries, latestMeetingDates, type CalendarMeeting, type ScheduleRule } from '../../logic/conference';

const MeetingCalendarDocument = graphql(`
  query MeetingCalendar($from: String!, $to: String!) {
    meetings(first: 100, filter: { from: $from, to: $to }) {
      edges {
        node {
          id
          date
          kind
          title
          state
        }
      }
    }
  }
`);

/** The days a month view shows: the weeks around the month, a week either side to be safe. */
const visibleRange = (month: Dayjs) => ({
  from: month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD'),
  to: month.endOf('month').add(14, 'day').format('YYYY-MM-DD'),
});

/**
 * The month of planned and held meetings, each linking to its page, and the days the 例会 falls on
 * by its schedule from today on. `recent` are the latest meetings, where an every-N-days rule counts from.
 */
export function MeetingCalendar({ schedules, recent }: { schedules: readonly ScheduleRule[]; recent: readonly CalendarMeeting[] }) {
  const [month, setMonth] = useState(() => dayjs());
  const range = useMemo(() => visibleRange(month), [month]);
  const { data, error } = useQuery(MeetingCalendarDocument, { variables: range });
  const today = dayjs().format('YYYY-MM-DD');
  const days = useMemo(() => {
    const meetings = data?.meetings.edges.map((edge) => edge.node) ?? [];
    return calendarEntries(meetings, schedules, range, today, latestMeetingDates([...recent, ...meetings]));
  }, [data, schedules, recent, range, today]);

  return (
    <div data-testid="meeting-calendar">
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '会议日历加载失败，请稍后再试'} />}
      <Calendar
        value={month}
        onPanelChange={(date) => setMonth(date)}
        onSelect={(date) => setMonth(date)}
        cellRender={(current, info) => {
          if (info.type !== 'date') return info.originNode;
          return (
            <ul className="meeting-calendar-day" data-date={current.format('YYYY-MM-DD')}>
              {(days[current.format('YYYY-MM-DD')] ?? []).map((entry) => (
                <li key={entry.key}>
                  {entry.meetingId ? (
                    <Link to={`/meetings/${entry.meetingId}`}>
                      <Badge status={entry.state === 'HELD' ? 'success' : 'processing'} text={entry.label} />
                    </Link>
                  ) : (
                    <Badge status="default" text={entry.label} />
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      />
    </div>
  );
}
