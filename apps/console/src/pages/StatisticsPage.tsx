import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, DatePicker, Radio, Row, Select, Space, Statistic, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { BacklogCard } from '../components/statistics/BacklogCard';
import { ComparedTable } from '../components/statistics/ComparedTable';
import { IndicatorPanel } from '../components/statistics/IndicatorPanel';
import { StatisticsCharts } from '../components/statistics/StatisticsCharts';
import { graphql } from '../gql';
import type { CaseCountBasis } from '../gql/graphql';
import {
  type CountRow,
  type StatisticsPeriod,
  compareMonths,
  compareRows,
  formatChange,
  indicatorsExportUrl,
  periodLabel,
  periodRange,
  samePeriodLastYear,
  statisticsExportUrl,
  totalOf,
} from '../logic/statistics';

const StatisticsCountsDocument = graphql(`
  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {
    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) {
      key
      label
      batches
      personTimes
    }
    backlog: caseBacklog(period: $period, basis: $basis, jurisdictionId: $jurisdictionId) {
      asOf
      open
      personTimes
      overdue
      longPending
    }
    backlogLastYear: caseBacklog(period: $lastYear, basis: $basis, jurisdictionId: $jurisdictionId) {
      asOf
      open
      personTimes
      overdue
      longPending
    }
  }
`);

const StatisticsIndicatorsDocument = graphql(`
  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {
    jurisdictionIndicators(period: $period, tenantId: $tenantId) {
      indicator {
        code
        name
        formula
      }
      value
      numerator
      denominator
      previous
    }
  }
`);

const StatisticsJurisdictionsDocument = graphql(`
  query StatisticsJurisdictions {
    me {
      id
      tenant {
        id
        name
        children {
          id
          name
          children {
            id
            name
          }
        }
      }
    }
  }
`);

type PeriodKind = StatisticsPeriod['kind'];

const PERIOD_KINDS: { value: PeriodKind; label: string }[] = [
  { value: 'YEAR', label: '年度' },
  { value: 'QUARTER', label: '季度' },
  { value: 'MONTH', label: '月度' },
  { value: 'CUSTOM', label: '自定义' },
];

const BASES: { value: CaseCountBasis; label: string }[] = [
  { value: 'PROBLEM_JURISDICTION', label: '按问题属地' },
  { value: 'HANDLING_OFFICE', label: '按办理机构' },
];

const errorText = (error: { graphQLErrors: readonly { message: string }[] }) => error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试';

/** 统计分析: the office's (or a jurisdiction below's) counts of a period beside last year's, the assessment's rates, and the Excel file. */
export function StatisticsPage() {
  const thisYear = dayjs().year();
  const [kind, setKind] = useState<PeriodKind>('YEAR');
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState(Math.floor(dayjs().month() / 3) + 1);
  const [month, setMonth] = useState(dayjs().month() + 1);
  const [custom, setCustom] = useState<[string, string]>([`${thisYear}-01-01`, dayjs().format('YYYY-MM-DD')]);
  const [basis, setBasis] = useState<CaseCountBasis>('PROBLEM_JURISDICTION');
  const [jurisdictionId, setJurisdictionId] = useState<string | null>(null);

  const period: StatisticsPeriod =
    kind === 'YEAR'
      ? { kind, year }
      : kind === 'QUARTER'
        ? { kind, year, quarter }
        : kind === 'MONTH'
          ? { kind, year, month }
          : { kind, from: custom[0], to: custom[1] };
  const range = periodRange(period);
  const lastYear = samePeriodLastYear(range);

  const jurisdictions = useQuery(StatisticsJurisdictionsDocument);
  const counts = useQuery(StatisticsCountsDocument, { variables: { period: range, lastYear, basis, jurisdictionId } });
  const indicators = useQuery(StatisticsIndicatorsDocument, {
    variables: { period: { kind: 'RANGE', from: range.from, to: range.to }, tenantId: jurisdictionId },
  });

  const tenant = jurisdictions.data?.me.tenant;
  const jurisdictionOptions = useMemo(
    () =>
      tenant
        ? [
            { value: tenant.id, label: tenant.name },
            ...tenant.children.flatMap((child) => [
              { value: child.id, label: `　${child.name}` },
              ...child.children.map((grandchild) => ({ value: grandchild.id, label: `　　${grandchild.name}` })),
            ]),
          ]
        : [],
    [tenant],
  );
  const shownName = jurisdictionOptions.find((option) => option.value === (jurisdictionId ?? tenant?.id))?.label.trim() ?? '';

  const data = counts.data;
  const compared = (current: readonly CountRow[] | undefined, previous: readonly CountRow[] | undefined) => compareRows(current ?? [], previous ?? []);
  const byKind = compared(data?.kind, data?.kindLastYear);
  const total = totalOf(byKind);
  const byChannel = compared(data?.channel, data?.channelLastYear);
  const byCategory = compared(data?.category, data?.categoryLastYear);
  const byMonth = compareMonths(data?.month ?? [], data?.monthLastYear ?? [], range);
  const tables = [
    { key: 'channel', label: '按渠道', groupName: '渠道', rows: byChannel },
    { key: 'kind', label: '按类别', groupName: '类别', rows: byKind },
    { key: 'category', label: '按内容分类', groupName: '内容分类', rows: byCategory },
    { key: 'child', label: '按下级辖区', groupName: '辖区（问题属地）', rows: compared(data?.child, data?.childLastYear) },
    { key: 'month', label: '按月份', groupName: '月份', rows: byMonth },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={[16, 8]}>
          <Space>
            <span>统计期间</span>
            <Select<PeriodKind> aria-label="统计期间类型" value={kind} onChange={setKind} options={PERIOD_KINDS} style={{ width: 96 }} />
            {kind !== 'CUSTOM' && (
              <Select<number>
                aria-label="年份"
                value={year}
                onChange={setYear}
                options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
                style={{ width: 100 }}
              />
            )}
            {kind === 'QUARTER' && (
              <Select<number>
                aria-label="季度"
                value={quarter}
                onChange={setQuarter}
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
                style={{ width: 100 }}
              />
            )}
            {kind === 'MONTH' && (
              <Select<number>
                aria-label="月份"
                value={month}
                onChange={setMonth}
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
                style={{ width: 90 }}
              />
            )}
            {kind === 'CUSTOM' && (
              <DatePicker.RangePicker
                allowClear={false}
                value={[dayjs(custom[0]), dayjs(custom[1])]}
                onChange={(dates) => dates?.[0] && dates[1] && setCustom([dates[0].format('YYYY-MM-DD'), dates[1].format('YYYY-MM-DD')])}
              />
            )}
          </Space>
          <Space>
            <span>辖区</span>
            <Select
              aria-label="辖区"
              value={jurisdictionId ?? tenant?.id}
              onChange={(value: string) => setJurisdictionId(value === tenant?.id ? null : value)}
              options={jurisdictionOptions}
              loading={jurisdictions.loading}
              style={{ width: 180 }}
            />
          </Space>
          <Radio.Group optionType="button" value={basis} onChange={(event) => setBasis(event.target.value as CaseCountBasis)} options={BASES} />
          <Button href={statisticsExportUrl(range, basis, jurisdictionId)} data-testid="statistics-export">
            导出 Excel
          </Button>
          {indicators.data && (
            <Button href={indicatorsExportUrl(range, jurisdictionId)} data-testid="indicators-export">
              导出主要指标
            </Button>
          )}
        </Space>
      </Card>
      {counts.error && <Alert type="error" showIcon message={errorText(counts.error)} />}
      {indicators.error && <Alert type="error" showIcon message={errorText(indicators.error)} />}
      <Card size="small" title={`${shownName}信访统计（${periodLabel(range)}，同比为与上年同期 ${lastYear.from} 至 ${lastYear.to} 比较）`}>
        <Row gutter={16}>
          <Col span={6}>
            <Statistic
              title="信访总量（件）"
              value={total.batches}
              loading={counts.loading}
              valueRender={(node) => <span data-testid="statistics-total-batches">{node}</span>}
            />
          </Col>
          <Col span={6}>
            <Statistic title="件数同比" value={formatChange(total.batchesChange)} loading={counts.loading} />
          </Col>
          <Col span={6}>
            <Statistic
              title="信访总量（人次）"
              value={total.personTimes}
              loading={counts.loading}
              valueRender={(node) => <span data-testid="statistics-total-person-times">{node}</span>}
            />
          </Col>
          <Col span={6}>
            <Statistic title="人次同比" value={formatChange(total.personTimesChange)} loading={counts.loading} />
          </Col>
        </Row>
      </Card>
      {data && <BacklogCard current={data.backlog} lastYear={data.backlogLastYear} />}
      <IndicatorPanel values={indicators.data?.jurisdictionIndicators ?? []} loading={indicators.loading} />
      <Card size="small">
        <StatisticsCharts byChannel={byChannel} byCategory={byCategory} byMonth={byMonth} />
      </Card>
      <Card size="small">
        <Tabs
          items={tables.map((table) => ({
            key: table.key,
            label: table.label,
            children: <ComparedTable rows={table.rows} groupName={table.groupName} loading={counts.loading} testId={`statistics-${table.key}`} />,
          }))}
        />
      </Card>
    </Space>
  );
}
