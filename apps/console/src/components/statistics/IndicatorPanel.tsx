import { Card, Col, Row, Statistic, Table, Tooltip } from 'antd';
import type { StatisticsIndicatorsQuery } from '../../gql/graphql';
import { formatChange, formatRate } from '../../logic/statistics';

type IndicatorValue = StatisticsIndicatorsQuery['jurisdictionIndicators'][number];

const RATES = ['TIMELY_ACCEPTANCE_RATE', 'ON_TIME_COMPLETION_RATE', 'PARTICIPATION_RATE', 'SATISFACTION_RATE', 'FIRST_PETITION_RESOLUTION_RATE'];
const VISITS = [
  { key: 'COLLECTIVE_VISIT', name: '集体访' },
  { key: 'LEVEL_SKIPPING_VISIT', name: '越级访' },
];

/** The rates and the collective / level-skipping visits, as the assessment defines them; each formula on hover. */
export function IndicatorPanel({ values, loading }: { values: readonly IndicatorValue[]; loading: boolean }) {
  const byCode = new Map(values.map((value) => [value.indicator.code, value]));
  const count = (code: string) => byCode.get(code)?.value ?? 0;
  const change = (code: string) => formatChange(byCode.get(code)?.value ?? null);
  return (
    <Card title="主要指标（按问题属地，口径与考核一致）" size="small" loading={loading}>
      <Row gutter={[16, 16]}>
        {RATES.map((code) => {
          const value = byCode.get(code);
          if (!value) return null;
          return (
            <Col key={code} xs={12} md={8} xl={4}>
              <Tooltip title={value.indicator.formula}>
                <Statistic
                  data-testid={`indicator-${code}`}
                  title={value.indicator.name}
                  value={formatRate(value.value ?? null)}
                  suffix={<span style={{ fontSize: 12, color: '#888' }}>{`${value.numerator}/${value.denominator ?? 0}`}</span>}
                />
              </Tooltip>
            </Col>
          );
        })}
      </Row>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={VISITS}
        columns={[
          { title: '来访', dataIndex: 'name' },
          { title: '批次', key: 'batches', align: 'right', render: (_: unknown, v) => count(`${v.key}_BATCHES`) },
          { title: '批次同比', key: 'batchesChange', align: 'right', render: (_: unknown, v) => change(`${v.key}_BATCHES_YOY`) },
          { title: '人次', key: 'personTimes', align: 'right', render: (_: unknown, v) => count(`${v.key}_PERSON_TIMES`) },
          { title: '人次同比', key: 'personTimesChange', align: 'right', render: (_: unknown, v) => change(`${v.key}_PERSON_TIMES_YOY`) },
        ]}
      />
    </Card>
  );
}
