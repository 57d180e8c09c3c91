import { Card, Col, Row, Statistic } from 'antd';
import { BACKLOG_LINES, type BacklogFigures, formatChange, yearOnYear } from '../../logic/statistics';

/** 积存: what was still being handled at the period's end, beside the same day of last year. */
export function BacklogCard({ current, lastYear }: { current: BacklogFigures; lastYear: BacklogFigures }) {
  return (
    <Card size="small" title={`积存（截至 ${current.asOf}，上年同期截至 ${lastYear.asOf}）`} data-testid="statistics-backlog">
      <Row gutter={16}>
        {BACKLOG_LINES.map(({ key, label }) => (
          <Col key={key} xs={12} md={6}>
            <Statistic
              title={label}
              value={current[key]}
              valueRender={(node) => <span data-testid={`backlog-${key}`}>{node}</span>}
              suffix={
                <span
                  style={{ fontSize: 12, color: '#888' }}
                >{`上年同期 ${lastYear[key]}，同比 ${formatChange(yearOnYear(current[key], lastYear[key]))}`}</span>
              }
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
