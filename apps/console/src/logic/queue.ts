import type { CaseFilter, CaseKind, Channel, Role } from '../gql/graphql';

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
  { key: 'handling', label: '办理中', filter: { states: ['ACCEPTED', 'DECIDED', 'IN_REVIEW', 'IN_REEXAMINATION'] }, roles: ['HANDLER', 'LEADER', 'SUPERVISOR'] },
  { key: 'to-rate', label: '待评价', filter: { states: ['DELIVERED'] }, roles: ['REGISTRAR', 'HANDLER'] },
  { key: 'overdue', label: '已逾期', filter: { overdue: true }, roles: ['HANDLER', 'LEADER', 'SUPERVISOR', 'TENANT_ADMIN'] },
  { key: 'registered', label: '已登记', filter: { states: ['REGISTERED'] }, roles: ['REGISTRAR', 'TENANT_ADMIN'] },
  { key: 'all', label: '全部', filter: {}, roles: ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'TENANT_ADMIN'] },
];

export function queueTabsFor(roles: readonly Role[]): QueueTab[] {
  return QUEUE_TABS.filter((tab) => tab.roles.some((role) => roles.includes(role)));
}

/** The filters above the list; with the tab and page they make the queue's deep link. */
export interface QueueFilters {
  channel?: Channel;
  kind?: CaseKind;
  text?: string;
  from?: string;
  to?: string;
  idNumber?: string;
}

export interface QueueState {
  tab: string;
  filters: QueueFilters;
}

const CHANNELS: readonly Channel[] = ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'VIDEO', 'HOTLINE'];
const KINDS: readonly CaseKind[] = ['SUGGESTION', 'ACCUSATION', 'CLAIM'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the queue from the address bar, dropping what is not a valid value (an old or edited link). */
export function parseQueueSearch(search: string, tabs: readonly QueueTab[]): QueueState {
  const params = new URLSearchParams(search);
  const tab = tabs.find((candidate) => candidate.key === params.get('tab'))?.key ?? tabs[0]?.key ?? 'all';
  const filters: QueueFilters = {};
  const channel = params.get('channel');
  if (channel && (CHANNELS as string[]).includes(channel)) filters.channel = channel as Channel;
  const kind = params.get('kind');
  if (kind && (KINDS as string[]).includes(kind)) filters.kind = kind as CaseKind;
  const text = params.get('q')?.trim();
  if (text) filters.text = text;
  for (const [key, name] of [['from', 'from'], ['to', 'to']] as const) {
    const value = params.get(name);
    if (value && DATE.test(value)) filters[key] = value;
  }
  const idNumber = params.get('id')?.trim();
  if (idNumber) filters.idNumber = idNumber;
  return { tab, filters };
}

export function queueSearch(state: QueueState): string {
  const params = new URLSearchParams({ tab: state.tab });
  const { channel, kind, text, from, to, idNumber } = state.filters;
  if (channel) params.set('channel', channel);
  if (kind) params.set('kind', kind);
  if (text) params.set('q', text);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (idNumber) params.set('id', idNumber);
  return `?${params.toString()}`;
}

/** The API filter of a tab with the user's filters; a tab's own states are never widened. */
export function caseFilterOf(state: QueueState, tabs: readonly QueueTab[]): CaseFilter {
  const tab = tabs.find((candidate) => candidate.key === state.tab);
  const { channel, kind, text, from, to, idNumber } = state.filters;
  return {
    ...(tab?.filter ?? {}),
    ...(channel ? { channels: [channel] } : {}),
    ...(kind ? { kinds: [kind] } : {}),
    ...(text ? { text } : {}),
    ...(from ? { registeredFrom: from } : {}),
    ...(to ? { registeredTo: to } : {}),
    ...(idNumber ? { petitionerIdNumber: idNumber } : {}),
  };
}
