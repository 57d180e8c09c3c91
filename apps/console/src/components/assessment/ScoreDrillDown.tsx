import { useQuery } from '@apollo/client';
import { Alert, List, Modal, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { FactPart, IndicatorKind } from '../../gql/graphql';
import { FactPartLabel, IndicatorSourceLabel } from '../../gql/labels';
import { drillParts, factLink } from '../../logic/assessment';

const ScoreFactsDocument = graphql(`
  query ScoreFacts($input: ScoreFactsInput!) {
    scoreFacts(input: $input) { id label date source tenantId }
  }
`);

export interface DrillTarget {
  schemeId: string;
  itemCode: string;
  itemName: string;
  indicatorKind: IndicatorKind | null | undefined;
  tenantId: string;
  tenantName: string;
}

const FACT_LIMIT = 200;

function FactList({ target, part }: { target: DrillTarget; part: FactPart }) {
  const { data, loading, error } = useQuery(ScoreFactsDocument, {
    variables: { input: { schemeId: target.schemeId, itemCode: target.itemCode, tenantId: target.tenantId, part, first: FACT_LIMIT } },
  });
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  const facts = data?.scoreFacts ?? [];
  return (
    <List
      size="small"
      loading={loading}
      dataSource={facts}
      locale={{ emptyText: '没有计入的事实' }}
      header={facts.length >= FACT_LIMIT ? <Typography.Text type="secondary">仅列出前 {FACT_LIMIT} 条</Typography.Text> : undefined}
      renderItem={(fact) => {
        const link = factLink(fact);
        return (
          <List.Item data-testid="score-fact">
            <span>
              {IndicatorSourceLabel[fact.source]}　{link ? <Link to={link}>{fact.label}</Link> : fact.label}
            </span>
            <Typography.Text type="secondary">{fact.date ?? ''}</Typography.Text>
          </List.Item>
        );
      }}
    />
  );
}

/** 下钻: the facts one target's item counted, by part (numerator, denominator, last year), cases linked into the case desk. */
export function ScoreDrillDown({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const [part, setPart] = useState<FactPart>('NUMERATOR');
  const parts = drillParts(target?.indicatorKind);
  return (
    <Modal open={target !== null} title={target ? `${target.tenantName} · ${target.itemName}` : ''} footer={null} onCancel={onClose} width={720} destroyOnHidden afterClose={() => setPart('NUMERATOR')}>
      {target && (
        <Tabs
          activeKey={part}
          onChange={(key) => setPart(key as FactPart)}
          items={parts.map((key) => ({ key, label: FactPartLabel[key], children: <FactList target={target} part={key} /> }))}
        />
      )}
    </Modal>
  );
}
