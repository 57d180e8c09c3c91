import type { CaseFilter, CaseKind, CaseOrder, CaseOrderField, Channel, OrderDirection, Role } from '../gql/graphql';

/** A tab of the work queue: what the user must do, as a filter of the API's case list. */
export interface QueueTab {
  key: string;
  label: string;
  filter: CaseFilter;
  roles: readonly Role[];
}

export const QUEUE_TABS: readonly QueueTab[] = [
  { key: 'to-receive', label: '待签收', filter: { states: ['ROUTED'] }, roles: ['HANDLER', 'REGISTRAR'] },
  { key: 'to-accept', label: '待受理', filter: { states: ['RECEIVED'] }, roles: ['HANDLER'] },
  {
    key: 'handling',
    label: '办理中',
    filter: { states: ['ACCEPTED', 'DECIDED', 'IN_REVIEW', 'IN_REEXAMINATION'] },
    roles: ['HANDLER', 'LEADER', 'SUPERVISOR'],
  },
  { key: 'to-rate', label: '待评价', filter: { states: ['DELIVERED'] }, roles: ['REGISTRAR', 'HANDLER'] },
  { key: 'overdue', label: '已逾期', filter: { overdue: true }, roles: ['HANDLER', 'LEADER', 'SUPERVISOR', 'TENANT_ADMIN'] },
  // Only registrars register cases (the API's registerCase).
  { key: 'mine', label: '我登记的', filter: { registeredByMe: true }, roles: ['REGISTRAR'] },
  // A leader's own cases (领导包案): the ones registered with the leader as owner.
  { key: 'owned', label: '我包案的', filter: { ownedByMe: true }, roles: ['LEADER'] },
  { key: 'registered', label: '已登记', filter: { states: ['REGISTERED'] }, roles: ['REGISTRAR', 'TENANT_ADMIN'] },
  { key: 'all', label: '全部', filter: {}, roles: ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'TENANT_ADMIN'] },
];

export function queueTabsFor(roles: readonly Role[]): QueueTab[] {
  return QUEUE_TABS.filter((tab) => tab.roles.some((role) => roles.includes(role)));
}

/** The filters above the list; with the tab, order and page size they make the queue's deep link. */
export interface QueueFilters {
  channel?: Channel;
  kind?: CaseKind;
  categoryId?: string;
  problemJurisdictionId?: string;
  text?: string;
  from?: string;
  to?: string;
  idNumber?: string;
}

export interface QueueSort {
  field: CaseOrderField;
  direction: OrderDirection;
}

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface QueueState {
  tab: string;
  filters: QueueFilters;
  /** None: the API's default order (by deadline on 已逾期, else newest first). */
  sort?: QueueSort;
  pageSize?: PageSize;
}

const CHANNELS: readonly Channel[] = ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'VIDEO', 'HOTLINE'];
const KINDS: readonly CaseKind[] = ['SUGGESTION', 'ACCUSATION', 'CLAIM'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The order's word in the address: `sort=deadline` ascending, `sort=-deadline` descending. */
const SORT_WORDS: Readonly<Record<CaseOrderField, string>> = { REGISTERED_AT: 'registered', DEADLINE: 'deadline', NUMBER: 'number' };

function parseSort(value: string | null): QueueSort | undefined {
  if (!value) return undefined;
  const direction: OrderDirection = value.startsWith('-') ? 'DESC' : 'ASC';
  const word = value.replace(/^-/, '');
  const field = (Object.keys(SORT_WORDS) as CaseOrderField[]).find((key) => SORT_WORDS[key] === word);
  return field ? { field, direction } : undefined;
}

/** Reads the queue from the address bar, dropping what is not a valid value (an old or edited link). */
export function parseQueueSearch(search: string, tabs: readonly QueueTab[]): QueueState {
  const params = new URLSearchParams(search);
  const tab = tabs.find((candidate) => candidate.key === params.get('tab'))?.key ?? tabs[0]?.key ?? 'all';
  const filters: QueueFilters = {};
  const channel = params.get('channel');
  if (channel && (CHANNELS as string[]).includes(channel)) filters.channel = channel as Channel;
  const kind = params.get('kind');
  if (kind && (KINDS as string[]).includes(kind)) filters.kind = kind as CaseKind;
  for (const [key, name] of [
    ['categoryId', 'category'],
    ['problemJurisdictionId', 'problem'],
  ] as const) {
    const value = params.get(name);
    if (value && UUID.test(value)) filters[key] = value;
  }
  const text = params.get('q')?.trim();
  if (text) filters.text = text;
  for (const [key, name] of [
    ['from', 'from'],
    ['to', 'to'],
  ] as const) {
    const value = params.get(name);
    if (value && DATE.test(value)) filters[key] = value;
  }
  const idNumber = params.get('id')?.trim();
  if (idNumber) filters.idNumber = idNumber;
  const state: QueueState = { tab, filters };
  const sort = parseSort(params.get('sort'));
  if (sort) state.sort = sort;
  const size = Number(params.get('size'));
  if ((PAGE_SIZES as readonly number[]).includes(size)) state.pageSize = size as PageSize;
  return state;
}

export function queueSearch(state: QueueState): string {
  const params = new URLSearchParams({ tab: state.tab });
  const { channel, kind, categoryId, problemJurisdictionId, text, from, to, idNumber } = state.filters;
  if (channel) params.set('channel', channel);
  if (kind) params.set('kind', kind);
  if (categoryId) params.set('category', categoryId);
  if (problemJurisdictionId) params.set('problem', problemJurisdictionId);
  if (text) params.set('q', text);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (idNumber) params.set('id', idNumber);
  if (state.sort) params.set('sort', `${state.sort.direction === 'DESC' ? '-' : ''}${SORT_WORDS[state.sort.field]}`);
  if (state.pageSize) params.set('size', String(state.pageSize));
  return `?${params.toString()}`;
}

/** The API filter of a tab with the user's filters; a tab's own states are never widened. */
export function caseFilterOf(state: QueueState, tabs: readonly QueueTab[]): CaseFilter {
  const tab = tabs.find((candidate) => candidate.key === state.tab);
  const { channel, kind, categoryId, problemJurisdictionId, text, from, to, idNumber } = state.filters;
  return {
    ...(tab?.filter ?? {}),
    ...(channel ? { channels: [channel] } : {}),
    ...(kind ? { kinds: [kind] } : {}),
    ...(categoryId ? { categoryIds: [categoryId] } : {}),
    ...(problemJurisdictionId ? { problemJurisdictionId } : {}),
    ...(text ? { text } : {}),
    ...(from ? { registeredFrom: from } : {}),
    ...(to ? { registeredTo: to } : {}),
    ...(idNumber ? { petitionerIdNumber: idNumber } : {}),
  };
}

export function caseOrderOf(state: QueueState): CaseOrder | undefined {
  return state.sort ? { field: state.sort.field, direction: state.sort.direction } : undefined;
}

/** The Excel download of exactly the list on screen: its filter and order (the server reads the same inputs). */
export function exportHref(filter: CaseFilter, order: CaseOrder | undefined): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (order) params.set('orderBy', JSON.stringify(order));
  return `/exports/cases.xlsx?${params.toString()}`;
}

/** A table column's sort as antd shows it, from the queue's order. */
export function sortOrderOf(state: QueueState, field: CaseOrderField): 'ascend' | 'descend' | null {
  if (state.sort?.field !== field) return null;
  return state.sort.direction === 'ASC' ? 'ascend' : 'descend';
}

/** The queue's order from a table header click (antd's sorter); none clears it back to the default. */
export function sortFromTable(field: CaseOrderField | undefined, order: 'ascend' | 'descend' | null | undefined): QueueSort | undefined {
  if (!field || !order) return undefined;
  return { field, direction: order === 'ascend' ? 'ASC' : 'DESC' };
}

/** A node of a tree the API returns flat (categories, offices), with its parent's id. */
export interface FlatNode {
  id: string;
  name: string;
  parentId?: string | null;
}

export interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

/**
 * A flat list as a TreeSelect tree, in the list's order; a node whose parent is not in the list
 * (the caller's own office under a province it cannot see) is a root.
 */
export function treeOf(nodes: readonly FlatNode[]): TreeNode[] {
  const byId = new Map<string, TreeNode>(nodes.map((node) => [node.id, { value: node.id, title: node.name, children: [] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(byId.get(node.id)!);
  }
  return roots;
}
