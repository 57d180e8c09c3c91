import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import { caseLabel } from '../../logic/conference';

const AgendaCasesDocument = graphql(`
  query AgendaCases($filter: CaseFilter) {
    cases(first: 20, filter: $filter) {
      edges {
        node {
          id
          number
          title
        }
      }
    }
  }
`);

/**
 * A case of the office's case desk for an agenda line: the desk's first cases, or those whose
 * title or content holds the text typed (the case query searches from two characters). The pick
 * shows the case's number and title as the case desk has them now.
 */
export function AgendaCaseSelect({ value, onChange, id }: { value?: string | null; onChange?(value: string | null): void; id?: string }) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const text = search.trim();
  const { data, loading } = useQuery(AgendaCasesDocument, { variables: { filter: text.length >= 2 ? { text } : null } });
  const found = data?.cases.edges.map(({ node }) => ({ value: node.id, label: caseLabel(node) })) ?? [];
  // The chosen case stays labelled when a later search no longer lists it.
  const options = picked && value === picked.value && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? null}
      filterOption={false}
      onSearch={setSearch}
      loading={loading}
      options={options}
      placeholder="输入标题或内容中的文字查找"
      notFoundContent={loading ? '查找中…' : '未找到信访事项'}
      onChange={(next: string | undefined) => {
        setPicked(found.find((o) => o.value === next) ?? null);
        onChange?.(next ?? null);
      }}
      style={{ width: 380 }}
    />
  );
}
