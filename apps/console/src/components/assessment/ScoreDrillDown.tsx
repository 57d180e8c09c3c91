import { useQuery } from '@apollo/client';
import { Alert, Modal, Tabs } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { FactPart, IndicatorKind } from '../../gql/graphql';
import { FactPartLabel } from '../../gql/labels';
import { drillParts } from '../../logic/assessment';
import { CountedFacts } from './CountedFacts';

const ScoreFactsDocument = graphql(`
  query ScoreFacts($input: ScoreFactsInput!) {
    scoreFacts(input: $input) {
      id
      label
      date
      source
      tenantId
      case {
        id
        title
      }
    }
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
  return <CountedFacts facts={data?.scoreFacts ?? []} limit={FACT_LIMIT} loading={loading} />;
}

/** 下钻: the facts one target's item counted, by part (numerator, denominator, last year), cases linked into the case desk. */
export function ScoreDrillDown({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const [part, setPart] = useState<FactPart>('NUMERATOR');
  const parts = drillParts(target?.indicatorKind);
  return (
    <Modal
      open={target !== null}
      title={target ? `${target.tenantName} · ${target.itemName}` : ''}
      footer={null}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      afterClose={() => setPart('NUMERATOR')}
    >
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
