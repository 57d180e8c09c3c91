import { Col, Row } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ComparedRow, barSeries } from '../../logic/statistics';

// Only the pieces drawn here, so the console's bundle does not carry all of ECharts.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Two series over the rows' labels: this period and the same period of last year (件). */
function option(rows: readonly ComparedRow[], type: 'bar' | 'line', title: string) {
  const { labels, current, lastYear } = barSeries(rows);
  return {
    // No animation: a static report, and screenshots of it stay stable.
    animation: false,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '本期', type, data: current },
      { name: '上年同期', type, data: lastYear },
    ],
  };
}

/** Bars by channel and by category, and the monthly trend beside last year. */
export function StatisticsCharts({
  byChannel,
  byCategory,
  byMonth,
}: {
  byChannel: readonly ComparedRow[];
  byCategory: readonly ComparedRow[];
  byMonth: readonly ComparedRow[];
}) {
  const chart = (rows: readonly ComparedRow[], type: 'bar' | 'line', title: string, testId: string) => (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option(rows, type, title)} style={{ height: 280 }} notMerge />
    </div>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        {chart(byChannel, 'bar', '按渠道（件）', 'chart-channel')}
      </Col>
      <Col xs={24} xl={8}>
        {chart(byCategory, 'bar', '按内容分类（件）', 'chart-category')}
      </Col>
      <Col xs={24} xl={8}>
        {chart(byMonth, 'line', '月度趋势（件）', 'chart-month')}
      </Col>
    </Row>
  );
}
