import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, Input, List, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { CaseState, RepeatCandidatesInput } from '../../gql/graphql';
import { CaseStateLabel } from '../../gql/labels';
import { NEW_MATTER_REASON_MAX, type RegistrationRefusal, type RepeatChoice } from '../../logic/registration';
import { useSettled } from '../useSettled';
import { RepeatCandidatesDocument } from './operations';

/** How long typing must pause before the repeat check asks the server. */
const DEBOUNCE_MS = 400;

/** One row of the list: a candidate of the check, or a case only the server's refusal named. */
interface Row {
  id: string;
  number: string;
  title: string | null;
  state: CaseState;
  registeredOn: string;
  sameIdNumber: boolean;
  samePhone: boolean;
  textSimilarity: number | null;
  handledBelow: boolean;
  finalized: boolean;
}

interface Props {
  query: Required<RepeatCandidatesInput> | null;
  choice: RepeatChoice;
  onChoice(choice: RepeatChoice): void;
  refusal: RegistrationRefusal['repeat'];
}

/**
 * Registered cases the new one may repeat, found while the clerk types (same ID number, same phone,
 * similar wording), beside the form. The clerk links one as the case repeated, or says why the
 * matter is new; the server's refusal (unresolved or final) shows here too.
 */
export function RepeatCandidatesPanel({ query, choice, onChoice, refusal }: Props) {
  // Compared as text: the form hands a new object on every keystroke, equal or not.
  const settledText = useSettled(JSON.stringify(query), DEBOUNCE_MS);
  const settled = useMemo(() => JSON.parse(settledText) as Props['query'], [settledText]);
  const { data, previousData, loading, error } = useQuery(RepeatCandidatesDocument, {
    variables: { input: settled ?? { title: '', content: '', idNumbers: [], phones: [] } },
    skip: !settled,
    fetchPolicy: 'network-only',
  });
  const found = (data ?? previousData)?.repeatCandidates ?? [];
  const rows: Row[] = settled
    ? found.map((candidate) => ({
        ...candidate.case,
        sameIdNumber: candidate.sameIdNumber,
        samePhone: candidate.samePhone,
        textSimilarity: candidate.textSimilarity,
        handledBelow: candidate.handledBelow,
        finalized: candidate.finalized,
      }))
    : [];
  // A strong match the server refused over is always one of the same ID number.
  for (const match of refusal?.matches ?? []) {
    if (rows.some((row) => row.id === match.id)) continue;
    rows.push({
      ...match,
      state: match.state as CaseState,
      title: null,
      sameIdNumber: true,
      samePhone: false,
      textSimilarity: null,
      handledBelow: false,
      finalized: match.state === 'FINALIZED',
    });
  }
  const linked = choice.kind === 'link' ? choice : null;

  return (
    <Card title="疑似重复件" size="small" extra={loading ? <Spin size="small" /> : rows.length ? `${rows.length} 件` : null} data-testid="repeat-candidates">
      <Space direction="vertical" style={{ width: '100%' }}>
        {refusal && <Alert type="error" showIcon message={refusal.message} data-testid="repeat-refusal" />}
        {error && <Alert type="warning" showIcon message={error.graphQLErrors[0]?.message ?? '查重失败，请稍后再试'} />}
        {linked && (
          <Alert
            type="info"
            showIcon
            message={`本件将作为 ${linked.number} 的重复件登记`}
            action={
              <Button size="small" onClick={() => onChoice({ kind: 'none' })}>
                取消关联
              </Button>
            }
          />
        )}
        {!settled && !rows.length && (
          <Typography.Text type="secondary">填写标题、内容或信访人的身份证号码、电话后，自动查找本辖区内可能重复的事项。</Typography.Text>
        )}
        {settled && !loading && !rows.length && !error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现可能重复的事项" />}
        {rows.length > 0 && (
          <List
            size="small"
            dataSource={rows}
            renderItem={(row) => (
              <List.Item
                key={row.id}
                data-testid="repeat-candidate"
                actions={[
                  linked?.caseId === row.id ? (
                    <Tag color="blue" key="linked">
                      已关联
                    </Tag>
                  ) : (
                    <Tooltip key="link" title={row.finalized ? '已终结：同一事实和理由不再受理' : undefined}>
                      <Button size="small" disabled={row.finalized} onClick={() => onChoice({ kind: 'link', caseId: row.id, number: row.number })}>
                        作为重复件关联
                      </Button>
                    </Tooltip>
                  ),
                ]}
              >
                <Space direction="vertical" size={2}>
                  <Space wrap size={4}>
                    <Link to={`/cases/${row.id}`} target="_blank">
                      {row.number}
                    </Link>
                    <Tag>{CaseStateLabel[row.state]}</Tag>
                  </Space>
                  {row.title && <Typography.Text>{row.title}</Typography.Text>}
                  <Typography.Text type="secondary">登记于 {row.registeredOn}</Typography.Text>
                  <Space wrap size={4}>
                    {row.sameIdNumber && <Tag color="red">同一身份证号</Tag>}
                    {row.samePhone && <Tag color="orange">同一电话</Tag>}
                    {row.textSimilarity != null && <Tag>内容相似度 {Math.round(row.textSimilarity * 100)}%</Tag>}
                    {row.handledBelow && (
                      <Tooltip title="正由下级机关在法定期限内办理：本级不予受理">
                        <Tag color="gold">下级正在办理</Tag>
                      </Tooltip>
                    )}
                    {row.finalized && <Tag color="red">已终结</Tag>}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        )}
        {(rows.length > 0 || refusal) && !linked && (
          <div>
            <Typography.Text>确属新事项的，请说明理由：</Typography.Text>
            <Input.TextArea
              aria-label="登记为新事项的理由"
              rows={2}
              maxLength={NEW_MATTER_REASON_MAX}
              showCount
              value={choice.kind === 'new' ? choice.reason : ''}
              placeholder="如：反映的是另一处房屋的问题"
              onChange={(event) => onChoice(event.target.value ? { kind: 'new', reason: event.target.value } : { kind: 'none' })}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
