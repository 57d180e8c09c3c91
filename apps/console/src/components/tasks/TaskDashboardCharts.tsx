import { Card, Col, Row } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { dashboardBars, signOffTrend, type DashboardRow } from '../../logic/tasks';

// Only the charts the dashboard draws, so the console bundle stays small (closed networks, no CDN).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The bars per assignee and the trend of sign-offs over the days. */
export function TaskDashboardCharts({ rows, signedOffOn }: { rows: readonly DashboardRow[]; signedOffOn: readonly (string | null | undefined)[] }) {
  const bars = dashboardBars(rows);
  const trend = signOffTrend(signedOffOn);
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Card title="按承办方" size="small" data-testid="chart-by-assignee">
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 300 }}
            option={{
              animation: false,
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { top: 40, left: 40, right: 16, bottom: 30 },
              xAxis: { type: 'category', data: bars.categories },
              yAxis: { type: 'value', minInterval: 1 },
              series: bars.series.map((s) => ({ ...s, type: 'bar' })),
            }}
          />
        </Card>
      </Col>
      <Col span={10}>
        <Card title="销号趋势" size="small" data-testid="chart-trend">
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 300 }}
            option={{
              animation: false,
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { top: 40, left: 40, right: 16, bottom: 30 },
              xAxis: { type: 'category', data: trend.dates },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: '当日销号', type: 'bar', data: trend.daily },
                { name: '累计销号', type: 'line', data: trend.cumulative },
              ],
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
