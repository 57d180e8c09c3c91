import { useQuery } from '@apollo/client';
import { Alert, Modal, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { AssessmentPeriodInput, FactPart, IndicatorInput, PreviewIndicatorQuery } from '../../gql/graphql';
import { FactPartLabel } from '../../gql/labels';
import { drillParts, itemValueText } from '../../logic/assessment';
import { CountedFacts } from './CountedFacts';

const PreviewIndicatorDocument = graphql(`
  query PreviewIndicator($input: IndicatorPreviewInput!) {
    previewIndicator(input: $input) {
      periodFrom
      periodTo
      asOf
      indicator {
        kind
        formula
      }
      targets {
        tenantId
        name
        value
        numerator
        denominator
        previous
        facts {
          id
          label
          date
          source
          case {
            id
            title
          }
        }
      }
    }
  }
`);

/** What a preview counts: the indicator as the form would save it, over the scheme's period and targets. */
export interface PreviewRequest {
  indicator: IndicatorInput;
  period: AssessmentPeriodInput;
  targetLevel?: string | null;
}

const FACTS_PER_TARGET = 10;

type Target = PreviewIndicatorQuery['previewIndicator']['targets'][number];

function PreviewTable({ request, part }: { request: PreviewRequest; part: FactPart }) {
  const { data, loading, error } = useQuery(PreviewIndicatorDocument, {
    variables: { input: { ...request, part, factsPerTarget: FACTS_PER_TARGET } },
    fetchPolicy: 'network-only',
  });
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '预览失败，请稍后再试'} />;
  const preview = data?.previewIndicator;
  const kind = preview?.indicator.kind;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {preview && (
        <Typography.Text type="secondary">
          考核期 {preview.periodFrom} 至 {preview.periodTo}，按截至 {preview.asOf} 的事实计算，与考核方案计分的口径相同；点击单位查看计入的事实
        </Typography.Text>
      )}
      <Table<Target>
        rowKey="tenantId"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={preview?.targets ?? []}
        locale={{ emptyText: '没有考核对象' }}
        expandable={{ expandedRowRender: (target) => <CountedFacts facts={target.facts} limit={FACTS_PER_TARGET} />, expandRowByClick: true }}
        columns={[
          { title: '单位', dataIndex: 'name' },
          { title: '分子', dataIndex: 'numerator' },
          ...(kind === 'RATE' ? [{ title: '分母', dataIndex: 'denominator' }] : []),
          ...(kind === 'YOY_CHANGE' ? [{ title: '上年同期', dataIndex: 'previous' }] : []),
          { title: '指标值', key: 'value', render: (_: unknown, target: Target) => itemValueText(target.value, kind) },
        ]}
        data-testid="indicator-preview"
      />
    </Space>
  );
}

/** 预览: the indicator counted for each target as the scheme would count it, with the first facts of each part (cases linked into the case desk). */
export function IndicatorPreview({ request, onClose }: { request: PreviewRequest | null; onClose: () => void }) {
  const [part, setPart] = useState<FactPart>('NUMERATOR');
  return (
    <Modal
      open={request !== null}
      title={request ? `预览：${request.indicator.name}` : ''}
      footer={null}
      onCancel={onClose}
      width={880}
      destroyOnHidden
      afterClose={() => setPart('NUMERATOR')}
    >
      {request && (
        <Tabs
          activeKey={part}
          onChange={(key) => setPart(key as FactPart)}
          items={drillParts(request.indicator.kind).map((key) => ({ key, label: FactPartLabel[key], children: <PreviewTable request={request} part={key} /> }))}
        />
      )}
    </Modal>
  );
}
