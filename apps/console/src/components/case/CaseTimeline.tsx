import { Empty, Timeline, Typography } from 'antd';
import type { CaseAction, CaseState } from '../../gql/graphql';
import { CaseActionLabel, CaseStateLabel } from '../../gql/labels';

export interface TimelineStep {
  seq: number;
  action: CaseAction;
  toState: CaseState;
  actorName: string;
  actorTenant: { name: string } | null;
  at: string;
  details: { summary: string };
}

/** 办理过程: who (and which office) did what when, the state it led to, and the step's recorded content. */
export function CaseTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  if (steps.length === 0) return <Empty />;
  return (
    <Timeline
      items={steps.map((step) => ({
        key: step.seq,
        children: (
          <div data-testid="timeline-step">
            <span>
              {new Date(step.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} {step.actorTenant ? `${step.actorTenant.name} ` : ''}
              {step.actorName}
            </span>{' '}
            <Typography.Text strong>
              {CaseActionLabel[step.action]} → {CaseStateLabel[step.toState]}
            </Typography.Text>
            {step.details.summary && <div className="timeline-summary">{step.details.summary}</div>}
          </div>
        ),
      }))}
    />
  );
}
