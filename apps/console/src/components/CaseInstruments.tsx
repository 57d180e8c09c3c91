import { useQuery } from '@apollo/client';
import { Alert, Card, Table } from 'antd';
import { useEffect } from 'react';
import { graphql } from '../gql';
import type { CaseInstrumentsQuery, InstrumentKind } from '../gql/graphql';
import { InstrumentKindLabel } from '../gql/labels';

const CaseInstrumentsDocument = graphql(`
  query CaseInstruments($id: ID!) {
    case(id: $id) {
      id
      instruments {
        id
        kind
        title
        documentNumber
        addresseeName
        issuedOn
        issuingTenantName
        issuedByName
        downloadUrl
      }
    }
  }
`);

type Instrument = CaseInstrumentsQuery['case']['instruments'][number];

/**
 * The written instruments of the case file (一案一卷), each with its DOCX download. `version` is
 * the case's: a step just taken may have issued one, so the list is read again.
 */
export function CaseInstruments({ caseId, version }: { caseId: string; version: number }) {
  const { data, error, refetch } = useQuery(CaseInstrumentsDocument, { variables: { id: caseId } });
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  return (
    <Card title="文书" size="small" data-testid="case-instruments">
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '文书加载失败'} style={{ marginBottom: 12 }} />}
      <Table<Instrument>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.case.instruments ?? []}
        locale={{ emptyText: '暂无文书' }}
        columns={[
          { title: '文书', dataIndex: 'kind', render: (kind: InstrumentKind) => InstrumentKindLabel[kind] },
          { title: '发文字号', dataIndex: 'documentNumber' },
          { title: '主送', dataIndex: 'addresseeName' },
          { title: '成文日期', dataIndex: 'issuedOn' },
          { title: '发文机关', key: 'issuer', render: (_: unknown, row) => `${row.issuingTenantName}（${row.issuedByName}）` },
          {
            title: '',
            key: 'download',
            render: (_: unknown, row) => (
              <a href={row.downloadUrl} download data-testid="instrument-download">
                下载
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
