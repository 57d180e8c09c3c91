import { useLazyQuery } from '@apollo/client';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { mayReveal } from '../../logic/case-actions';
import { useSession } from '../../session/session';

const RevealPetitionersDocument = graphql(`
  query RevealPetitioners($id: ID!) {
    case(id: $id) {
      id
      petitioners {
        id
        fullIdNumber: idNumber(reveal: true)
        fullPhone: phone(reveal: true)
      }
    }
  }
`);

export interface PetitionerRow {
  id: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  email?: string | null;
  address: string | null;
  representative: boolean;
}

/**
 * The petitioners, ID numbers and phones masked. 查看 (only for the roles the server lets read
 * them) asks for the full numbers; the server records every such reading.
 */
export function CasePetitioners({ caseId, petitioners }: { caseId: string; petitioners: readonly PetitionerRow[] }) {
  const { user } = useSession();
  const [reveal, { data, loading, error }] = useLazyQuery(RevealPetitionersDocument, { fetchPolicy: 'network-only' });
  const full = new Map(data?.case.petitioners.map((p) => [p.id, p]) ?? []);
  const canReveal = mayReveal(user?.roles ?? []);
  const revealed = full.size > 0;

  return (
    <Card
      title="信访人"
      extra={
        canReveal && !revealed ? (
          <Button size="small" loading={loading} onClick={() => void reveal({ variables: { id: caseId } })}>
            查看
          </Button>
        ) : revealed ? (
          <Tag color="orange">已显示完整号码（已留痕）</Tag>
        ) : null
      }
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={error.graphQLErrors[0]?.message ?? '查看失败，请稍后再试'} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...petitioners]}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, row) =>
              row.representative ? (
                <Space>
                  {name}
                  <Tag>代表</Tag>
                </Space>
              ) : (
                name
              ),
          },
          { title: '身份证号', dataIndex: 'idNumber', render: (masked: string | null, row) => (full.get(row.id)?.fullIdNumber ?? masked) || '—' },
          { title: '电话', dataIndex: 'phone', render: (masked: string | null, row) => (full.get(row.id)?.fullPhone ?? masked) || '—' },
          { title: '电子邮箱', dataIndex: 'email', render: (masked: string | null) => masked || '—' },
          { title: '地址', dataIndex: 'address', render: (address: string | null) => address || '—' },
        ]}
      />
    </Card>
  );
}
