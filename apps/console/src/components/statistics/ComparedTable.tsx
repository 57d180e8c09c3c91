import { Table } from 'antd';
import { type ComparedRow, formatChange, totalOf } from '../../logic/statistics';

/** One grouping of the counts beside the same period of last year, with a total line. */
export function ComparedTable({ rows, groupName, loading, testId }: { rows: readonly ComparedRow[]; groupName: string; loading: boolean; testId: string }) {
  const total = totalOf(rows);
  return (
    <Table<ComparedRow>
      data-testid={testId}
      rowKey="key"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={[...rows]}
      locale={{ emptyText: '本期及上年同期均无信访事项' }}
      columns={[
        { title: groupName, dataIndex: 'label' },
        { title: '本期件数', dataIndex: 'batches', align: 'right' },
        { title: '本期人次', dataIndex: 'personTimes', align: 'right' },
        { title: '上年同期件数', dataIndex: 'lastYearBatches', align: 'right' },
        { title: '上年同期人次', dataIndex: 'lastYearPersonTimes', align: 'right' },
        { title: '件数同比', dataIndex: 'batchesChange', align: 'right', render: (change: number | null) => formatChange(change) },
        { title: '人次同比', dataIndex: 'personTimesChange', align: 'right', render: (change: number | null) => formatChange(change) },
      ]}
      summary={() =>
        rows.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total.batches}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {total.personTimes}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {total.lastYearBatches}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {total.lastYearPersonTimes}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {formatChange(total.batchesChange)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {formatChange(total.personTimesChange)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
