import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ManualScoreForm, type ManualTarget } from '../../components/assessment/ManualScoreForm';
import { SchemeBuilder } from '../../components/assessment/SchemeBuilder';
import { ScoreDrillDown, type DrillTarget } from '../../components/assessment/ScoreDrillDown';
import { chinaDateTime } from '../../components/notices/NoticeRefs';
import { graphql } from '../../gql';
import type { AssessmentGrade, SchemeItemFragment, SchemeScoreTargetFragment } from '../../gql/graphql';
import { AssessmentGradeLabel, AssessmentItemKindLabel, IndicatorSourceLabel, SchemeStateLabel } from '../../gql/labels';
import { itemValueText, rankingDownloadPath, rankingRows, signed, type RankingRow } from '../../logic/assessment';
import { ASSESSMENT_WRITER_ROLES, holdsAny } from '../../logic/navigation';
import { useSession } from '../../session/session';
import { useBreadcrumbLeaf } from '../../shell/Shell';

graphql(`
  fragment SchemeItem on AssessmentItem {
    code
    name
    kind
    points
    ruleText
    rule {
      kind
      floor
      target
      perEvent
      fromFull
      bands {
        atMost
        points
      }
      otherwise
      higherIsBetter
      minimum
      table
      min
      max
    }
    minDenominator
    belowMinimum
    cap
    floor
    indicator {
      ...IndicatorDefinition
    }
  }
`);

graphql(`
  fragment SchemeScoreTarget on TargetScore {
    tenantId
    name
    total
    rank
    grade
    publishedTotal
    publishedRank
    items {
      code
      value
      numerator
      denominator
      previous
      points
      belowMinimum
      manual {
        points
        comment
        evidence
        assessorName
      }
    }
  }
`);

const AssessmentSchemeDocument = graphql(`
  query AssessmentSchemePage($id: ID!) {
    assessmentScheme(id: $id) {
      id
      name
      state
      version
      periodKind
      periodLabel
      periodFrom
      periodTo
      targetLevel
      totalPoints
      publishedAt
      items {
        ...SchemeItem
      }
    }
    assessmentSnapshot(schemeId: $id) {
      publishedAt
      publishedBy
      asOf
    }
  }
`);

const SchemeScoresDocument = graphql(`
  query SchemeScores($id: ID!) {
    scores(schemeId: $id) {
      asOf
      targets {
        ...SchemeScoreTarget
      }
    }
  }
`);

const PublishAssessmentSchemeDocument = graphql(`
  mutation PublishAssessmentScheme($input: PublishSchemeInput!) {
    publishAssessmentScheme(input: $input) {
      id
      asOf
    }
  }
`);

type Row = RankingRow<SchemeScoreTargetFragment>;

/** One scheme: its items with their formulas, the ranking computed from the facts, drill-down, manual points, 通报 and 导出. */
export function SchemePage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const setLeaf = useBreadcrumbLeaf();
  const writer = holdsAny(user?.roles ?? [], ASSESSMENT_WRITER_ROLES);
  const scheme = useQuery(AssessmentSchemeDocument, { variables: { id } });
  const scores = useQuery(SchemeScoresDocument, { variables: { id }, skip: !scheme.data?.assessmentScheme });
  const [publish, published] = useMutation(PublishAssessmentSchemeDocument, {
    refetchQueries: [AssessmentSchemeDocument, SchemeScoresDocument],
    awaitRefetchQueries: true,
  });
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [manual, setManual] = useState<ManualTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const current = scheme.data?.assessmentScheme;
  useEffect(() => setLeaf(current?.name), [current?.name, setLeaf]);
  const rows = useMemo(() => rankingRows(scores.data?.scores.targets ?? []), [scores.data]);

  if (scheme.loading && !scheme.data) return <Spin />;
  if (scheme.error) return <Alert type="error" showIcon message={scheme.error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  if (!current) return <Alert type="warning" showIcon message="考核方案不存在或不在本辖区内" />;
  const draft = current.state === 'DRAFT';
  const snapshot = scheme.data?.assessmentSnapshot;

  const itemCell = (item: SchemeItemFragment) => (_: unknown, row: Row) => {
    const cell = row.cells[item.code];
    const isManual = item.rule.kind === 'MANUAL';
    const text = cell?.points == null ? '未评分' : String(cell.points);
    const open = () => {
      if (isManual) {
        if (writer && draft)
          setManual({
            schemeId: current.id,
            itemCode: item.code,
            itemName: item.name,
            points: item.points,
            tenantId: row.target.tenantId,
            tenantName: row.target.name,
            current: cell?.manual,
          });
      } else {
        setDrill({
          schemeId: current.id,
          itemCode: item.code,
          itemName: item.name,
          indicatorKind: item.indicator?.kind,
          tenantId: row.target.tenantId,
          tenantName: row.target.name,
        });
      }
    };
    const detail = isManual
      ? cell?.manual && `${cell.manual.comment}（${cell.manual.assessorName}）`
      : `指标值 ${itemValueText(cell?.value, item.indicator?.kind)}${cell?.denominator != null ? `，${cell.numerator ?? 0}/${cell.denominator}` : ''}`;
    const clickable = !isManual || (writer && draft);
    return (
      <Tooltip title={detail}>
        <Space size={4}>
          {clickable ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={open} data-testid={`cell-${row.target.name}-${item.code}`}>
              {text}
            </Button>
          ) : (
            text
          )}
          {cell?.belowMinimum && (
            <Tooltip title="分母不足最低件数，按小样本规则计分">
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                小样本
              </Tag>
            </Tooltip>
          )}
        </Space>
      </Tooltip>
    );
  };

  const columns: ColumnsType<Row> = [
    { title: '名次', key: 'rank', width: 64, fixed: 'left', render: (_: unknown, row) => row.target.rank ?? '—' },
    { title: '单位', key: 'name', fixed: 'left', render: (_: unknown, row) => row.target.name },
    ...current.items.map((item) => ({ title: `${item.name}（${item.points}分）`, key: item.code, render: itemCell(item) })),
    { title: '总分', key: 'total', render: (_: unknown, row: Row) => <Typography.Text strong>{row.target.total ?? '—'}</Typography.Text> },
    { title: '等次', key: 'grade', render: (_: unknown, row: Row) => (row.target.grade ? AssessmentGradeLabel[row.target.grade as AssessmentGrade] : '—') },
  ];
  if (snapshot) {
    columns.push(
      {
        title: '通报总分/名次',
        key: 'published',
        render: (_: unknown, row: Row) => `${row.target.publishedTotal ?? '—'} / ${row.target.publishedRank ?? '—'}`,
      },
      {
        title: '较通报变化',
        key: 'change',
        render: (_: unknown, row: Row) =>
          row.change === null
            ? '—'
            : `${signed(row.change)} 分${row.rankChange ? `，名次${row.rankChange > 0 ? '上升' : '下降'} ${Math.abs(row.rankChange)}` : ''}`,
      },
    );
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={current.name}
        extra={
          <Space>
            {writer && draft && (
              <Button onClick={() => setEditing(true)} data-testid="edit-scheme">
                编辑
              </Button>
            )}
            {writer && draft && (
              <Popconfirm
                title="通报后结果冻结，此后的事实不再改变通报结果。确定通报？"
                okText="通报"
                cancelText="取消"
                onConfirm={() => publish({ variables: { input: { id: current.id, version: current.version } } }).catch(() => null)}
              >
                <Button type="primary" loading={published.loading} data-testid="publish-scheme">
                  通报
                </Button>
              </Popconfirm>
            )}
            {snapshot && (
              <Button href={rankingDownloadPath(current.id)} data-testid="export-ranking">
                导出 Excel
              </Button>
            )}
          </Space>
        }
      >
        {published.error && (
          <Alert type="error" showIcon message={published.error.graphQLErrors[0]?.message ?? '通报失败，请稍后再试'} style={{ marginBottom: 16 }} />
        )}
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="考核期">{`${current.periodLabel}（${current.periodFrom} 至 ${current.periodTo}）`}</Descriptions.Item>
          <Descriptions.Item label="总分">{current.totalPoints}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={draft ? 'default' : 'green'} data-testid="scheme-state">
              {SchemeStateLabel[current.state]}
            </Tag>
          </Descriptions.Item>
          {snapshot && (
            <Descriptions.Item label="通报">{`${chinaDateTime(snapshot.publishedAt)}，${snapshot.publishedBy}，统计截至 ${snapshot.asOf}`}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title="考核项与计分公式">
        <Table<SchemeItemFragment>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={current.items}
          columns={[
            { title: '考核项', dataIndex: 'name', width: 120 },
            { title: '类型', dataIndex: 'kind', width: 80, render: (kind: SchemeItemFragment['kind']) => AssessmentItemKindLabel[kind] },
            { title: '分值', dataIndex: 'points', width: 64 },
            {
              title: '指标公式',
              key: 'formula',
              render: (_: unknown, item) => (item.indicator ? `${item.indicator.formula}（${IndicatorSourceLabel[item.indicator.source]}）` : '人工评分'),
            },
            { title: '计分规则', dataIndex: 'ruleText', width: 280 },
          ]}
        />
      </Card>
      <Card
        title="排名"
        extra={scores.data && <Typography.Text type="secondary">按截至 {scores.data.scores.asOf} 的事实实时计算；点击得分查看计入的事实</Typography.Text>}
      >
        {scores.error && (
          <Alert type="error" showIcon message={scores.error.graphQLErrors[0]?.message ?? '计算失败，请稍后再试'} style={{ marginBottom: 16 }} />
        )}
        <Table<Row>
          rowKey={(row) => row.target.tenantId}
          size="small"
          loading={scores.loading}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '没有考核对象' }}
          columns={columns}
          data-testid="ranking"
        />
      </Card>
      <ScoreDrillDown target={drill} onClose={() => setDrill(null)} />
      <ManualScoreForm target={manual} onClose={() => setManual(null)} onSaved={() => void scores.refetch()} />
      {draft && (
        <SchemeBuilder
          open={editing}
          scheme={current}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void scheme.refetch();
            void scores.refetch();
          }}
        />
      )}
    </Space>
  );
}
