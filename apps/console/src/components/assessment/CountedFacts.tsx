import { List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { IndicatorSource } from '../../gql/graphql';
import { IndicatorSourceLabel } from '../../gql/labels';
import { factLink } from '../../logic/assessment';

/** A counted fact as the drill-down and the preview list it: a case with its title, as far as the caller may see the case. */
export interface CountedFact {
  id: string;
  label: string;
  date?: string | null;
  source: IndicatorSource;
  case?: { title: string } | null;
}

/** The facts an indicator counted, cases and notices linked to their pages; a note when the list was cut at `limit`. */
export function CountedFacts({ facts, limit, loading }: { facts: readonly CountedFact[]; limit: number; loading?: boolean }) {
  return (
    <List
      size="small"
      loading={loading}
      dataSource={[...facts]}
      locale={{ emptyText: '没有计入的事实' }}
      header={facts.length >= limit ? <Typography.Text type="secondary">仅列出前 {limit} 条</Typography.Text> : undefined}
      renderItem={(fact) => {
        const link = factLink(fact);
        const text = fact.case ? `${fact.label} ${fact.case.title}` : fact.label;
        return (
          <List.Item data-testid="counted-fact">
            <span>
              {IndicatorSourceLabel[fact.source]}　{link ? <Link to={link}>{text}</Link> : text}
            </span>
            <Typography.Text type="secondary">{fact.date ?? ''}</Typography.Text>
          </List.Item>
        );
      }}
    />
  );
}
