import { useQuery } from '@apollo/client';
import { Alert, Card, InputNumber, Space, Table } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import { chinaDate } from '../notices/NoticeRefs';
import type { AssessmentGrade } from '../../gql/graphql';
import { AssessmentGradeLabel } from '../../gql/labels';

const OwnAssessmentResultsDocument = graphql(`
  query OwnAssessmentResults($id: ID!, $period: AssessmentPeriodInput!) {
    tenant(id: $id) {
      id
      assessmentResults(period: $period) {
        schemeId
        schemeName
        total
        rank
        of
        grade
        publishedAt
        periodFrom
        periodTo
      }
    }
  }
`);

/** 本机构考核结果: what the offices above published about this one in a year, with its rank among those assessed. */
export function OwnResults({ tenantId, tenantName }: { tenantId: string; tenantName: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, loading, error } = useQuery(OwnAssessmentResultsDocument, { variables: { id: tenantId, period: { kind: 'YEAR', year } } });
  const results = data?.tenant?.assessmentResults ?? [];
  return (
    <Card
      title={`${tenantName}的考核结果`}
      extra={
        <Space>
          考核年度
          <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(value) => value && setYear(value)} />
        </Space>
      }
      data-testid="own-results"
    >
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="schemeId"
        size="small"
        loading={loading && !data}
        dataSource={results}
        pagination={false}
        locale={{ emptyText: '本年度暂无已通报的考核结果' }}
        columns={[
          { title: '考核方案', dataIndex: 'schemeName' },
          { title: '考核期', key: 'period', render: (_: unknown, row) => `${row.periodFrom} 至 ${row.periodTo}` },
          { title: '总分', dataIndex: 'total' },
          { title: '名次', key: 'rank', render: (_: unknown, row) => `第 ${row.rank} 名（共 ${row.of} 个）` },
          { title: '等次', dataIndex: 'grade', render: (grade: AssessmentGrade) => AssessmentGradeLabel[grade] },
          { title: '通报日期', dataIndex: 'publishedAt', render: (at: string) => chinaDate(at) },
        ]}
      />
    </Card>
  );
}
