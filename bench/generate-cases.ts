import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import {
  type IsoDate,
  type ProvisionalCalendar,
  type Stage,
  fromDayNumber,
  officialCalendar,
  provisionalCalendar,
  toDayNumber,
  weekdayOf,
  yearOf,
} from '#common/calendar';
import { deadlineFor } from '../apps/cases/src/clocks/domain/statutory-rules.js';
import { TenantLevel, UnitKind } from '#common/directory';
import { Role } from '#common/auth';
import { blindIndex, derivePiiKeys, encryptPii, maskPhone, maskResidentId, residentIdCheckChar, type PiiKeys } from '#common/pii';
import {
  type ActionInputs,
  CaseAction,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  CloseReason,
  DecisionOutcome,
  OpinionResult,
  DeclineReason,
  Rating,
  RouteMode,
  applyTransition,
  register,
} from '../apps/cases/src/cases/domain/index.js';
import type { GeneratedProvince, GeneratedTenant, GeneratedUnit, GeneratedUser } from './generate-province.js';

/**
 * One million cases for the bench province, written with COPY as the superuser. Deterministic from
 * the seed: the same cases, ids, dates, states, stages and transitions every time (except the PII
 * ciphertexts, whose IVs are random by design, as the password hash's salt is).
 *
 * Every case is walked through the real lifecycle (`register`, then `applyTransition` of
 * apps/cases/src/cases/domain with the day of each step), so its transitions are ones the table
 * allows, its guards pass, and its stage rows are exactly the clocks the steps started and stopped;
 * each stage's deadline is `deadlineFor(stage, start, { calendar })` with the official calendar
 * (provisional, i.e. guessed and flagged, for 2027, which `chinese-days` does not cover yet). A
 * case's `open_stages`, `deadline` and `deadline_stage` are derived from its open stage rows as
 * `earliestOpenClock` derives them. A step that would fall after the as-of date has not happened:
 * cases registered long ago are finished, recent ones are open, and those whose step ran late past
 * its deadline are overdue.
 */

export interface CaseShape {
  seed: number;
  total: number;
  /** First and last registration day (two years). */
  from: string;
  to: string;
  /** The day the data describes: nothing happens after it. */
  asOf: string;
}

export const CASE_SHAPE: CaseShape = { seed: 20260102, total: 1_000_000, from: '2024-11-21', to: '2026-11-20', asOf: '2026-11-20' };
export const CASE_NUMBER_PREFIX = 'BX';

export interface CaseCounts {
  cases: number;
  petitioners: number;
  stages: number;
  transitions: number;
  categories: number;
  receptions: number;
}

export interface CasesGenerated {
  counts: CaseCounts;
  byState: Record<string, number>;
  collective: number;
  repeats: number;
  levelSkipping: number;
  overdue: number;
  seconds: { generateAndCopy: number; indexes: number; check: number; vacuum: number; total: number };
  /** Consistency checks run on the loaded data: every figure must be 0. */
  inconsistencies: Record<string, number>;
}

// ----------------------------------------------------------------------------------------------
// Randomness and small helpers (the same mulberry32 as generate-province.ts)
// ----------------------------------------------------------------------------------------------

type Random = () => number;

function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (random: Random, p: number) => random() < p;

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return entries[entries.length - 1][0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A version-4 UUID from the generator: four 32-bit draws. */
function uuid(random: Random): string {
  const w = [0, 0, 0, 0].map(() => Math.floor(random() * 4294967296));
  const b = (n: number, shift: number) => HEX[(n >>> shift) & 0xff];
  const w1 = (w[1] & 0xffff0fff) | 0x4000;
  const w2 = ((w[2] & 0x3fffffff) | 0x80000000) >>> 0;
  return (
    b(w[0], 24) +
    b(w[0], 16) +
    b(w[0], 8) +
    b(w[0], 0) +
    '-' +
    b(w1, 24) +
    b(w1, 16) +
    '-' +
    b(w1, 8) +
    b(w1, 0) +
    '-' +
    b(w2, 24) +
    b(w2, 16) +
    '-' +
    b(w2, 8) +
    b(w2, 0) +
    b(w[3], 24) +
    b(w[3], 16) +
    b(w[3], 8) +
    b(w[3], 0)
  );
}

const iso = (day: number): IsoDate => fromDayNumber(day);
const dayOf = (date: string): number => toDayNumber(date as IsoDate);

/** A timestamp in China Standard Time on `day`, `minutes` after midnight. */
function at(day: number, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${iso(day)} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08`;
}

// ----------------------------------------------------------------------------------------------
// COPY text format
// ----------------------------------------------------------------------------------------------

const NULL = '\\N';

function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
const bool = (value: boolean | null) => (value === null ? NULL : value ? 't' : 'f');
const arr = (values: readonly string[]) => `{${values.join(',')}}`;

/** A COPY FROM STDIN on its own connection, written in chunks with backpressure. */
class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  rows = 0;
  private stream!: Writable;
  private done!: Promise<void>;

  constructor(
    private readonly client: pg.Client,
    readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  async open(): Promise<void> {
    this.stream = this.client.query(copyStreams.from(`COPY ${this.table} (${this.columns.join(', ')}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.once('finish', () => resolve());
      this.stream.once('error', reject);
    });
    // Surface an error early even if nobody awaits `done` yet.
    this.done.catch(() => undefined);
  }

  row(fields: readonly string[]): void {
    const line = fields.join('\t') + '\n';
    this.buffer.push(line);
    this.size += line.length;
    this.rows++;
  }

  /** Sends what is buffered once it is large enough (or always with `force`), waiting if PostgreSQL is behind. */
  async flush(force = false): Promise<void> {
    if (!this.size || (!force && this.size < 256 * 1024)) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk))
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.stream.once('error', onError);
        this.stream.once('drain', () => {
          this.stream.off('error', onError);
          resolve();
        });
      });
  }

  async end(): Promise<void> {
    await this.flush(true);
    this.stream.end();
    await this.done;
  }
}

// ----------------------------------------------------------------------------------------------
// The province's category tree
// ----------------------------------------------------------------------------------------------

interface CategoryPlan {
  code: string;
  name: string;
  weight: number;
  /** Words for titles. */
  topics: string[];
  children?: { code: string; name: string; weight: number; topics: string[] }[];
}

/** Top-level categories with their leaves, weighted roughly as the seeds' reports rank them. */
const CATEGORIES: CategoryPlan[] = [
  {
    code: 'URBAN_RURAL',
    name: '城乡建设',
    weight: 20,
    topics: [],
    children: [
      { code: 'URBAN_EXPROPRIATION', name: '房屋征收', weight: 6, topics: ['房屋征收补偿', '拆迁安置'] },
      { code: 'URBAN_PROPERTY', name: '物业管理', weight: 6, topics: ['物业服务', '小区公共收益'] },
      { code: 'URBAN_HOUSING', name: '住房保障', weight: 3, topics: ['公租房分配', '保障房申请'] },
      { code: 'URBAN_REAL_ESTATE', name: '房地产开发与交易', weight: 5, topics: ['商品房延期交付', '不动产办证'] },
    ],
  },
  {
    code: 'LABOUR',
    name: '劳动和社会保障',
    weight: 18,
    topics: [],
    children: [
      { code: 'LABOUR_WAGES', name: '拖欠工资', weight: 9, topics: ['农民工工资拖欠', '工程款拖欠'] },
      { code: 'LABOUR_INSURANCE', name: '社会保险', weight: 6, topics: ['养老保险待遇', '医保报销'] },
      { code: 'LABOUR_RELATIONS', name: '劳动关系', weight: 3, topics: ['解除劳动合同', '工伤认定'] },
    ],
  },
  {
    code: 'LAW',
    name: '涉法涉诉（政法）',
    weight: 14,
    topics: [],
    children: [
      { code: 'LAW_COURT', name: '法院', weight: 5, topics: ['判决执行', '诉讼程序'] },
      { code: 'LAW_PROCURATORATE', name: '检察', weight: 2, topics: ['检察监督'] },
      { code: 'LAW_POLICE', name: '公安', weight: 5, topics: ['治安案件处理', '户籍办理'] },
      { code: 'LAW_JUSTICE', name: '司法行政', weight: 2, topics: ['法律援助', '人民调解'] },
    ],
  },
  {
    code: 'RURAL',
    name: '农业农村',
    weight: 14,
    topics: [],
    children: [
      { code: 'RURAL_LAND_CONTRACT', name: '土地承包', weight: 6, topics: ['土地承包经营权', '土地流转'] },
      { code: 'RURAL_COLLECTIVE', name: '农村集体资产', weight: 5, topics: ['村务公开', '集体资产处置'] },
      { code: 'RURAL_SUBSIDY', name: '惠农补贴', weight: 3, topics: ['惠农补贴发放'] },
    ],
  },
  {
    code: 'LAND',
    name: '自然资源',
    weight: 12,
    topics: [],
    children: [
      { code: 'LAND_REQUISITION', name: '征地补偿', weight: 7, topics: ['征地补偿款', '青苗补偿'] },
      { code: 'LAND_OWNERSHIP', name: '土地权属', weight: 4, topics: ['宅基地纠纷', '土地确权'] },
      { code: 'LAND_MINING', name: '矿产资源', weight: 1, topics: ['非法采砂'] },
    ],
  },
  {
    code: 'ECONOMY',
    name: '经济管理',
    weight: 6,
    topics: [],
    children: [
      { code: 'ECONOMY_RESTRUCTURING', name: '企业改制', weight: 3, topics: ['企业改制遗留问题'] },
      { code: 'ECONOMY_FUNDRAISING', name: '非法集资', weight: 3, topics: ['非法集资清退'] },
    ],
  },
  {
    code: 'CIVIL',
    name: '民政',
    weight: 6,
    topics: [],
    children: [
      { code: 'CIVIL_ASSISTANCE', name: '社会救助', weight: 4, topics: ['低保认定', '临时救助'] },
      { code: 'CIVIL_VETERANS', name: '优抚安置', weight: 2, topics: ['退役军人待遇'] },
    ],
  },
  {
    code: 'HEALTH',
    name: '卫生健康',
    weight: 4,
    topics: [],
    children: [
      { code: 'HEALTH_DISPUTES', name: '医疗纠纷', weight: 3, topics: ['医疗事故处理'] },
      { code: 'HEALTH_FOOD', name: '食品药品', weight: 1, topics: ['食品安全投诉'] },
    ],
  },
  {
    code: 'ENVIRONMENT',
    name: '生态环境',
    weight: 4,
    topics: [],
    children: [{ code: 'ENV_POLLUTION', name: '环境污染', weight: 4, topics: ['噪声扰民', '企业排污'] }],
  },
  {
    code: 'DISCIPLINE',
    name: '纪检监察',
    weight: 2,
    topics: [],
    children: [{ code: 'DISCIPLINE_OFFICIALS', name: '干部作风', weight: 2, topics: ['干部作风问题'] }],
  },
];

interface Leaf {
  id: string;
  code: string;
  name: string;
  index: number;
  weight: number;
  topics: string[];
}

// ----------------------------------------------------------------------------------------------
// Text
// ----------------------------------------------------------------------------------------------

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞红建国志文斌宇浩凯德福贵荣琴春梅秋云海'];
const ASKS = ['请求依法处理', '要求落实补偿', '反映问题请求解决', '请求协调解决', '要求查处', '建议改进'];
const CONTENT_OPENINGS = ['本人', '我们', '信访人', '我村村民'];
const CONTENT_BODIES = [
  '多次向有关部门反映，至今未得到答复，',
  '相关单位承诺按期解决，但一直没有落实，',
  '问题已持续一年多，严重影响生产生活，',
  '曾通过12345热线反映，处理结果不满意，',
  '涉及人员较多，群众意见较大，',
];
const CONTENT_CLOSINGS = ['恳请上级部门督促办理。', '请求依法依规予以解决。', '希望尽快给予答复。', '请求调查核实并公开处理结果。'];
const DECISION_TEXTS: Record<DecisionOutcome, string> = {
  SUPPORTS: '经调查核实，信访人反映的问题属实，诉求合理，予以支持，责成相关单位限期落实。',
  PARTLY_SUPPORTS: '经调查核实，信访人反映的问题部分属实，对其合理诉求予以支持，其余诉求缺乏依据。',
  EXPLAINS: '经调查核实，相关单位已按政策办理，现就有关政策规定向信访人作出解释说明。',
  DOES_NOT_SUPPORT: '经调查核实，信访人的诉求缺乏事实和政策依据，不予支持。',
};

// ----------------------------------------------------------------------------------------------
// People (petitioners)
// ----------------------------------------------------------------------------------------------

/** What a petitioner's ciphertext is bound to: the same context as the registration service's `petitionerCipherContext`. */
const cipherContext = (petitionerId: string, field: 'idNumber' | 'phone') => ['cases.petitioners', petitionerId, field];

interface Person {
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string;
}

const BIRTH_FROM = dayOf('1940-01-01');
const BIRTH_SPAN = 23725; // days from 1940-01-01 to ~2004-12-15; coprime with 7919

/**
 * The `n`-th person of a county: a GB 11643-valid ID number with the county's address code. The
 * birth date is a bijection of `n` (below BIRTH_SPAN), so no two people of a county share a number.
 */
function personOf(random: Random, county: GeneratedTenant, townName: string, n: number, serial: number): Person {
  const birth = iso(BIRTH_FROM + ((n * 7919) % BIRTH_SPAN)).replaceAll('-', '');
  const body = `${county.code}${birth}${String(int(random, 0, 999)).padStart(3, '0')}`;
  const idNumber = n < BIRTH_SPAN && !chance(random, 0.04) ? body + residentIdCheckChar(body) : null;
  // A mobile number per person of the province: 1[3-9] and a bijection of the serial.
  const phone = chance(random, 0.9) ? `1${3 + (serial % 7)}${String((serial * 7919) % 1_000_000_000).padStart(9, '0')}` : null;
  const name = pick(random, SURNAMES) + pick(random, GIVEN) + (chance(random, 0.6) ? pick(random, GIVEN) : '');
  return { name, idNumber, phone, address: `${county.name}${townName}${int(random, 1, 30)}组${int(random, 1, 120)}号` };
}

// ----------------------------------------------------------------------------------------------
// The directory, indexed for the generator
// ----------------------------------------------------------------------------------------------

interface Directory {
  byId: Map<string, GeneratedTenant>;
  /** From the province down to the tenant. */
  lineage: Map<string, GeneratedTenant[]>;
  competent: Map<string, GeneratedUnit[]>;
  units: Map<string, GeneratedUnit[]>;
  users: Map<string, GeneratedUser[]>;
  leaders: Map<string, GeneratedUser[]>;
  /** Problem jurisdictions with cumulative weights. */
  jurisdictions: GeneratedTenant[];
  cumulative: Float64Array;
}

const LEVEL_WEIGHT: Record<TenantLevel, number> = {
  [TenantLevel.TOWNSHIP]: 0.62,
  [TenantLevel.COUNTY]: 0.3,
  [TenantLevel.CITY]: 0.07,
  [TenantLevel.PROVINCE]: 0.01,
};

function indexDirectory(plan: GeneratedProvince, random: Random): Directory {
  const byId = new Map(plan.tenants.map((t) => [t.id, t]));
  const lineage = new Map<string, GeneratedTenant[]>();
  const lineageOf = (t: GeneratedTenant): GeneratedTenant[] => {
    const known = lineage.get(t.id);
    if (known) return known;
    const chain = t.parentId ? [...lineageOf(byId.get(t.parentId)!), t] : [t];
    lineage.set(t.id, chain);
    return chain;
  };
  plan.tenants.forEach(lineageOf);
  const group = <T extends { tenantId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) (map.get(row.tenantId) ?? map.set(row.tenantId, []).get(row.tenantId)!).push(row);
    return map;
  };
  const units = group(plan.units);
  const competent = group(plan.units.filter((u) => u.kind === UnitKind.COMPETENT_BODY));
  const users = group(plan.users);
  const leaders = group(plan.users.filter((u) => u.roles.includes(Role.LEADER)));
  for (const t of plan.tenants) if (!competent.get(t.id)?.length) throw new Error(`tenant ${t.code} has no competent body`);

  const perLevel = new Map<TenantLevel, number>();
  for (const t of plan.tenants) perLevel.set(t.level, (perLevel.get(t.level) ?? 0) + 1);
  const jurisdictions = [...plan.tenants];
  const cumulative = new Float64Array(jurisdictions.length);
  let sum = 0;
  jurisdictions.forEach((t, i) => {
    // Some places are busier than others: a factor of 0.3–2.3 on the level's even share.
    sum += (LEVEL_WEIGHT[t.level] / perLevel.get(t.level)!) * (0.3 + 2 * random());
    cumulative[i] = sum;
  });
  return { byId, lineage, competent, units, users, leaders, jurisdictions, cumulative };
}

function pickJurisdiction(dir: Directory, random: Random): GeneratedTenant {
  const x = random() * dir.cumulative[dir.cumulative.length - 1];
  let lo = 0;
  let hi = dir.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dir.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return dir.jurisdictions[lo];
}

// ----------------------------------------------------------------------------------------------
// Stages and the lifecycle walk
// ----------------------------------------------------------------------------------------------

interface StageRow {
  id: string;
  stage: Stage;
  owner: string;
  started: number;
  baseDeadline: number | null;
  deadline: number | null;
  extensionDays: number;
  provisional: boolean;
  stopped: number | null;
}

interface TransitionRow {
  action: CaseAction;
  from: CaseState | null;
  to: CaseState;
  actor: GeneratedUser | null;
  actorTenant: string;
  details: string;
  at: string;
}

const deadlineMemo = new Map<string, { deadline: number | null; provisional: boolean }>();
let calendar: ProvisionalCalendar;

/** `deadlineFor` under the official calendar, memoised by (stage, start, extension). */
function stageDeadline(stage: Stage, start: number, extensionDays = 0): { deadline: number | null; provisional: boolean } {
  const key = `${stage}:${start}:${extensionDays}`;
  let hit = deadlineMemo.get(key);
  if (!hit) {
    const startDate = iso(start);
    const deadline = deadlineFor(stage, startDate, { calendar, extensionDays });
    const provisional = calendar.isGuessed(yearOf(startDate)) || (deadline !== null && calendar.isGuessed(yearOf(deadline)));
    hit = { deadline: deadline === null ? null : dayOf(deadline), provisional };
    deadlineMemo.set(key, hit);
  }
  return hit;
}

interface RepeatPlan {
  originalId: string;
  person: Person;
  problem: GeneratedTenant;
  leaf: Leaf;
  kind: CaseKind;
}

interface Counters {
  cases: number;
  petitioners: number;
  stages: number;
  transitions: number;
  collective: number;
  repeats: number;
  levelSkipping: number;
  overdue: number;
  byState: Record<string, number>;
}

interface Writers {
  cases: CopyWriter;
  petitioners: CopyWriter;
  stages: CopyWriter;
  transitions: CopyWriter;
}

const CASE_COLUMNS = [
  'tenant_id',
  'id',
  'tenant_path',
  'number',
  'channel',
  'kind',
  'category_id',
  'title',
  'content',
  'problem_jurisdiction_id',
  'problem_jurisdiction_path',
  'handling_tenant_id',
  'handling_unit_id',
  'routing_tenant_id',
  'assigning_tenant_id',
  'completion_report_due',
  'deciding_tenant_id',
  'review_tenant_id',
  'chain_tenant_ids',
  'accused_unit_id',
  'person_count',
  'leader_owner_id',
  'reception_id',
  'state',
  'open_stages',
  'deadline',
  'deadline_stage',
  'assigned',
  'completion_report',
  'send_back_count',
  'extension_used',
  'delivered',
  'rating',
  'rated_at',
  'rating_token_hash',
  'outcome',
  'decision_text',
  'decided_on',
  'decline_reason',
  'decline_target',
  'close_reason',
  'hearings',
  'repeat_of_id',
  'repeat_count',
  'level_skipping',
  'handled_below',
  'registered_on',
  'registered_at',
  'finished_on',
  'updated_at',
  'version',
];
const PETITIONER_COLUMNS = [
  'tenant_id',
  'id',
  'case_id',
  'ordinal',
  'name',
  'id_number_cipher',
  'id_number_hash',
  'id_number_masked',
  'phone_cipher',
  'phone_hash',
  'phone_masked',
  'address',
  'representative',
];
const STAGE_COLUMNS = [
  'tenant_id',
  'id',
  'case_id',
  'stage',
  'owner_tenant_id',
  'started_on',
  'base_deadline',
  'deadline',
  'extension_days',
  'pauses',
  'provisional',
  'stopped_on',
  'on_time',
  'version',
];
const TRANSITION_COLUMNS = [
  'tenant_id',
  'id',
  'case_id',
  'seq',
  'action',
  'from_state',
  'to_state',
  'actor_id',
  'actor_name',
  'actor_tenant_id',
  'details',
  'request_id',
  'at',
];

const SIXTY_DECLINES_FOR_CLAIMS: DeclineReason[] = [
  DeclineReason.LITIGATION,
  DeclineReason.LITIGATION,
  DeclineReason.ARBITRATION,
  DeclineReason.ADMINISTRATIVE_REVIEW,
  DeclineReason.OWN_LEGAL_DUTY,
  DeclineReason.NOT_A_PETITION,
];
const DECLINE_TARGETS: Partial<Record<DeclineReason, string>> = {
  LITIGATION: '人民法院',
  ARBITRATION: '劳动人事争议仲裁委员会',
  ADMINISTRATIVE_REVIEW: '人民政府行政复议机构',
  OWN_LEGAL_DUTY: '有关行政机关',
};

/** The generator: state shared across cases (repeats, people, receptions), one case at a time. */
class CaseGenerator {
  private readonly random: Random;
  private readonly personSerialByCounty = new Map<string, number>();
  private personSerial = 0;
  readonly pending = new Map<number, RepeatPlan[]>();
  readonly counters: Counters = { cases: 0, petitioners: 0, stages: 0, transitions: 0, collective: 0, repeats: 0, levelSkipping: 0, overdue: 0, byState: {} };

  constructor(
    seed: number,
    private readonly dir: Directory,
    private readonly leaves: Leaf[],
    private readonly receptions: Map<string, { id: string; leader: GeneratedUser }>,
    private readonly keys: PiiKeys,
    private readonly shape: CaseShape,
    private readonly w: Writers,
  ) {
    this.random = prng(seed);
  }

  private countyOf(t: GeneratedTenant): GeneratedTenant {
    const chain = this.dir.lineage.get(t.id)!;
    return chain[Math.min(2, chain.length - 1)];
  }

  private newPerson(problem: GeneratedTenant): Person {
    const county = this.countyOf(problem);
    const n = this.personSerialByCounty.get(county.id) ?? 0;
    this.personSerialByCounty.set(county.id, n + 1);
    const town = problem.level === TenantLevel.TOWNSHIP ? problem.name : '';
    return personOf(this.random, county, town, n, this.personSerial++);
  }

  private user(tenantId: string): GeneratedUser | null {
    const users = this.dir.users.get(tenantId);
    return users?.length ? pick(this.random, users) : null;
  }

  /** One case registered on `day`: a new matter, or a repeat of an earlier one. */
  generate(day: number, repeat: RepeatPlan | null): void {
    const r = this.random;
    const dir = this.dir;
    const asOf = dayOf(this.shape.asOf);
    const endDay = dayOf(this.shape.to);

    // --- who, where, what ------------------------------------------------------------------
    const problem = repeat?.problem ?? pickJurisdiction(dir, r);
    const chain = dir.lineage.get(problem.id)!;
    const depth = chain.length - 1;
    // Registered at the problem's own level, one level up, or (skipping levels) higher still;
    // a repeat goes higher more often.
    const up =
      depth === 0
        ? 0
        : weighted(r, [
            [0, repeat ? 0.5 : 0.72],
            [1, repeat ? 0.3 : 0.19],
            [2, repeat ? 0.2 : 0.09],
          ] as const);
    const levelsAbove = Math.min(up, depth);
    const registering = chain[depth - levelsAbove];
    const skipping = levelsAbove >= 2;
    const channel =
      skipping && chance(r, 0.7)
        ? Channel.VISIT
        : weighted(r, [
            [Channel.LETTER, 18],
            [Channel.VISIT, 22],
            [Channel.PHONE, 10],
            [Channel.ONLINE, 35],
            [Channel.VIDEO, 3],
            [Channel.HOTLINE, 12],
          ] as const);
    const levelSkipping = channel === Channel.VISIT && skipping;
    const kind =
      repeat?.kind ??
      weighted(r, [
        [CaseKind.CLAIM, 78],
        [CaseKind.ACCUSATION, 14],
        [CaseKind.SUGGESTION, 8],
      ] as const);
    const leaf = repeat?.leaf ?? this.pickLeaf();
    const collective = chance(r, 0.1);
    const personCount = collective
      ? weighted(r, [
          [int(r, 5, 9), 60],
          [int(r, 10, 30), 30],
          [int(r, 31, 120), 10],
        ] as const)
      : weighted(r, [
          [1, 85],
          [int(r, 2, 4), 15],
        ] as const);
    const petitionerCount = collective ? int(r, 1, 5) : personCount;
    const people: Person[] = [repeat?.person ?? this.newPerson(problem)];
    for (let i = 1; i < petitionerCount; i++) people.push(this.newPerson(problem));

    // The routing target: the problem's jurisdiction, sometimes a tenant between it and the registrar.
    const between = chain.slice(chain.indexOf(registering), depth + 1);
    const holder = between.length > 1 && chance(r, 0.12) ? between[int(r, 1, between.length - 2 >= 1 ? between.length - 2 : 1)] : problem;
    const competent = dir.competent.get(holder.id)!;
    const unit = competent[leaf.index % competent.length];
    const accused =
      kind === CaseKind.ACCUSATION && chance(r, 0.4)
        ? (dir.units.get(holder.id)!.find((u) => u.id !== unit.id && u.kind !== UnitKind.PETITION_BUREAU) ?? null)
        : null;

    const caseId = uuid(r);
    const topic = pick(r, leaf.topics);
    const place = problem.level === TenantLevel.TOWNSHIP ? `${this.countyOf(problem).name}${problem.name}` : problem.name;
    const title = `关于${place}${topic}问题${repeat ? '（重复反映）' : ''}${pick(r, ASKS)}`;
    const content =
      `${pick(r, CONTENT_OPENINGS)}反映${place}${topic}问题：${pick(r, CONTENT_BODIES)}${pick(r, CONTENT_BODIES)}` +
      `${collective ? `共涉及${personCount}人，` : ''}${pick(r, CONTENT_CLOSINGS)}`;
    const reception = channel === Channel.VISIT ? this.receptions.get(`${registering.id}:${day}`) : undefined;
    const receptionId = reception && chance(r, 0.6) ? reception.id : null;

    // Repeats of this matter, registered later by the same petitioner (only those within the period).
    let repeatCount = 0;
    if (!repeat && chance(r, 0.24)) {
      const k = weighted(r, [
        [1, 60],
        [2, 25],
        [3, 10],
        [4, 5],
      ] as const);
      let next = day;
      for (let i = 0; i < k; i++) {
        next += int(r, 10, 120);
        if (next > endDay) break;
        const list = this.pending.get(next) ?? this.pending.set(next, []).get(next)!;
        list.push({ originalId: caseId, person: people[0], problem, leaf, kind });
        repeatCount++;
      }
    }

    // --- the lifecycle walk -------------------------------------------------------------------
    const stages: StageRow[] = [];
    const open = new Map<Stage, StageRow>();
    const transitions: TransitionRow[] = [];
    let snapshot: CaseSnapshot = register({ kind, channel }).snapshot;
    let minute = int(r, 8 * 60 + 30, 17 * 60);
    const registeredAt = at(day, minute);
    let lastDay = day;
    let holderNow = registering; // the tenant whose path the case carries
    let handlingUnit: GeneratedUnit | null = null;
    let routing: GeneratedTenant | null = null;
    let assigning: GeneratedTenant | null = null;
    let completionDue: number | null = null;
    let deciding: GeneratedTenant | null = null;
    let reviewTenant: GeneratedTenant | null = null;
    const chainIds = new Set<string>([registering.id]);
    let rating: Rating | null = null;
    let ratedAt: string | null = null;
    let ratingToken: string | null = null;
    let outcome: DecisionOutcome | null = null;
    let decidedOn: number | null = null;
    let declineReason: DeclineReason | null = null;
    let closeReason: CloseReason | null = null;
    let finishedOn: number | null = null;
    const reviewer = holder.parentId ? dir.byId.get(holder.parentId)! : holder;
    const reexaminer = reviewer.parentId ? dir.byId.get(reviewer.parentId)! : reviewer;

    const ownerOf = (stage: Stage): string => {
      switch (stage) {
        case 'ROUTE':
          return (routing ?? registering).id;
        case 'REVIEW':
        case 'REEXAMINATION_WINDOW':
          return reviewer.id;
        case 'REEXAMINATION':
          return reexaminer.id;
        default:
          return holder.id;
      }
    };

    const startStage = (stage: Stage, startDay: number) => {
      const { deadline, provisional } = stageDeadline(stage, startDay);
      const row: StageRow = {
        id: uuid(r),
        stage,
        owner: ownerOf(stage),
        started: startDay,
        baseDeadline: deadline,
        deadline,
        extensionDays: 0,
        provisional,
        stopped: null,
      };
      stages.push(row);
      open.set(stage, row);
    };
    startStage('ROUTE', day);
    transitions.push({
      action: CaseAction.REGISTER,
      from: null,
      to: CaseState.REGISTERED,
      actor: this.user(registering.id),
      actorTenant: registering.id,
      details: `{"channel":"${channel}","kind":"${kind}"}`,
      at: registeredAt,
    });

    /** Applies one action on `when`, unless that is after the as-of date. Returns whether it happened. */
    const step = <K extends CaseAction>(
      action: K,
      input: ActionInputs[K],
      when: number,
      actorTenant: GeneratedTenant,
      details = '{}',
      system = false,
    ): boolean => {
      if (when > asOf) return false;
      if (when < lastDay) when = lastDay;
      const result = applyTransition(snapshot, action, input, iso(when));
      minute = when === lastDay ? Math.min(minute + int(r, 5, 90), 23 * 60 + 50) : int(r, 8 * 60 + 30, 17 * 60 + 30);
      lastDay = when;
      for (const stage of result.stopped) {
        const row = open.get(stage)!;
        row.stopped = when;
        open.delete(stage);
      }
      if (result.extended) {
        const row = open.get(result.extended)!;
        const extension = (input as ActionInputs['EXTEND']).days;
        const extended = stageDeadline(result.extended, row.started, extension);
        row.extensionDays = extension;
        row.deadline = extended.deadline;
        row.provisional ||= extended.provisional;
      }
      for (const stage of result.started) startStage(stage, when);
      transitions.push({
        action,
        from: result.from,
        to: result.snapshot.state,
        actor: system ? null : this.user(actorTenant.id),
        actorTenant: actorTenant.id,
        details,
        at: at(when, minute),
      });
      snapshot = result.snapshot;
      return true;
    };

    const late = (p: number) => chance(r, p);
    let day2 = day;
    walk: {
      // REGISTERED: route, or decline / withdraw.
      for (let attempt = 0; ; attempt++) {
        if (attempt === 0 && chance(r, 0.03)) {
          const reason = kind === CaseKind.CLAIM ? pick(r, SIXTY_DECLINES_FOR_CLAIMS) : DeclineReason.NOT_A_PETITION;
          if (step(CaseAction.DECLINE, { reason }, day2 + int(r, 1, 5), registering, `{"reason":"${reason}"}`)) {
            declineReason = reason;
            finishedOn = lastDay;
          }
          break walk;
        }
        if (attempt === 0 && chance(r, 0.005)) {
          if (step(CaseAction.CLOSE, { reason: CloseReason.WITHDRAWN }, day2 + int(r, 1, 10), registering, '{"reason":"WITHDRAWN"}')) {
            closeReason = CloseReason.WITHDRAWN;
            finishedOn = lastDay;
          }
          break walk;
        }
        const routeDay =
          day2 +
          (late(0.015)
            ? int(r, 16, 40)
            : weighted(r, [
                [0, 25],
                [1, 30],
                [int(r, 2, 5), 35],
                [int(r, 6, 12), 10],
              ] as const));
        const assign = attempt === 0 && chance(r, 0.15);
        const due = assign ? routeDay + int(r, 60, 90) : undefined;
        const input: ActionInputs['ROUTE'] = assign ? { mode: RouteMode.ASSIGN, completionReportDue: iso(due!) } : { mode: RouteMode.TRANSFER };
        if (!step(CaseAction.ROUTE, input, routeDay, routing ?? registering, `{"mode":"${input.mode}","tenantId":"${holder.id}","unitId":"${unit.id}"}`))
          break walk;
        routing ??= registering;
        if (assign) {
          assigning = registering;
          completionDue = due!;
        }
        holderNow = holder;
        handlingUnit = unit;
        chainIds.add(holder.id);
        // ROUTED: an objection before signing for sends it back to the router.
        if (attempt === 0 && chance(r, 0.015)) {
          if (!step(CaseAction.OBJECT, { reason: '不属于本单位职责范围' }, lastDay + int(r, 1, 3), holder, '{"reason":"不属于本单位职责范围"}')) break walk;
          holderNow = routing!;
          handlingUnit = null;
          day2 = lastDay;
          continue;
        }
        break;
      }
      if (!step(CaseAction.RECEIVE, undefined, lastDay + (late(0.01) ? int(r, 5, 20) : int(r, 0, 2)), holder)) break walk;
      // RECEIVED: accept (mostly within the objection window), or decline.
      if (chance(r, kind === CaseKind.CLAIM ? 0.06 : 0.03)) {
        const reason = kind === CaseKind.CLAIM ? pick(r, SIXTY_DECLINES_FOR_CLAIMS) : DeclineReason.NOT_A_PETITION;
        if (step(CaseAction.DECLINE, { reason }, lastDay + int(r, 1, 5), holder, `{"reason":"${reason}"}`)) {
          declineReason = reason;
          finishedOn = lastDay;
        }
        break walk;
      }
      for (let sendBacks = 0; ; sendBacks++) {
        if (sendBacks === 0 && !step(CaseAction.ACCEPT, undefined, lastDay + (late(0.02) ? int(r, 8, 30) : int(r, 0, 4)), holder)) break walk;
        // ACCEPTED: decide within 60 days (a few with the one extension, a few late), or mediate.
        const handle = open.get('HANDLE')!;
        if (sendBacks === 0 && chance(r, 0.03)) {
          if (step(CaseAction.CLOSE, { reason: CloseReason.MEDIATED }, lastDay + int(r, 5, 40), holder, '{"reason":"MEDIATED"}')) {
            closeReason = CloseReason.MEDIATED;
            finishedOn = lastDay;
          }
          break walk;
        }
        let decideDay: number;
        if (!snapshot.extensionUsed && chance(r, 0.08)) {
          const days = int(r, 15, 30);
          const extendDay = Math.min(handle.deadline!, lastDay + int(r, 40, 58));
          if (
            !step(
              CaseAction.EXTEND,
              { days, approver: '分管领导', reason: '案情复杂，需进一步调查核实', handleDeadline: iso(handle.deadline!) },
              extendDay,
              holder,
              `{"days":${days}}`,
            )
          )
            break walk;
          decideDay = late(0.05) ? handle.deadline! + int(r, 1, 60) : int(r, lastDay + 1, handle.deadline!);
        } else if (late(0.04)) {
          decideDay = handle.deadline! + int(r, 1, 90);
        } else {
          decideDay = lastDay + Math.min(int(r, 8, 35) + int(r, 0, 25), 59);
        }
        const decided = weighted(r, [
          [DecisionOutcome.SUPPORTS, 35],
          [DecisionOutcome.PARTLY_SUPPORTS, 20],
          [DecisionOutcome.EXPLAINS, 30],
          [DecisionOutcome.DOES_NOT_SUPPORT, 15],
        ] as const);
        if (!step(CaseAction.DECIDE, { outcome: decided, text: DECISION_TEXTS[decided] }, decideDay, holder, `{"outcome":"${decided}"}`)) break walk;
        outcome = decided;
        decidedOn = lastDay;
        deciding = holder;
        if (!step(CaseAction.DELIVER, undefined, lastDay + int(r, 1, 5), holder)) break walk;
        ratingToken = createHash('sha256')
          .update(HEX[Math.floor(r() * 256)] + uuid(r).replaceAll('-', ''))
          .digest('hex');
        const deliveredOn = lastDay;
        // DELIVERED: rating, completion report, then review request or close.
        const rateDay = chance(r, 0.65) ? deliveredOn + int(r, 1, 10) : null;
        /** The rating, if the petitioner gives one by `limit` (its day never goes back in time). */
        const rate = (limit: number) => {
          if (rateDay === null || rating !== null || rateDay > limit) return;
          const value = weighted(r, [
            [Rating.SATISFIED, 80],
            [Rating.BASICALLY_SATISFIED, 14],
            [Rating.DISSATISFIED, 6],
          ] as const);
          if (step(CaseAction.RATE, { rating: value }, rateDay, holder, `{"rating":"${value}"}`)) {
            rating = value;
            ratedAt = at(lastDay, minute);
          }
        };
        if (snapshot.assigned) {
          if (!step(CaseAction.SUBMIT_COMPLETION_REPORT, undefined, deliveredOn + int(r, 1, 5), holder)) break walk;
          if (sendBacks === 0 && chance(r, 0.06)) {
            const due = lastDay + int(r, 30, 45);
            if (
              !step(
                CaseAction.SEND_BACK,
                { reason: '事实未查清，请重新办理', completionReportDue: iso(due) },
                lastDay + int(r, 2, 10),
                assigning!,
                '{"reason":"事实未查清"}',
              )
            )
              break walk;
            completionDue = due;
            outcome = null;
            continue;
          }
        }
        if (kind !== CaseKind.CLAIM) {
          const closeDay = Math.max(lastDay, deliveredOn + int(r, 1, 10));
          rate(closeDay);
          if (step(CaseAction.CLOSE, { reason: CloseReason.COMPLETED }, closeDay, holder, '{"reason":"COMPLETED"}')) {
            closeReason = CloseReason.COMPLETED;
            finishedOn = lastDay;
            rate(Infinity);
          }
          break walk;
        }
        const window = open.get('REVIEW_WINDOW')!;
        if (chance(r, decided === DecisionOutcome.DOES_NOT_SUPPORT ? 0.3 : 0.08)) {
          const requestDay = Math.min(window.deadline!, Math.max(lastDay, deliveredOn + int(r, 3, 29)));
          rate(requestDay);
          if (!step(CaseAction.REQUEST_REVIEW, { windowDeadline: iso(window.deadline!) }, requestDay, reviewer)) break walk;
          reviewTenant = reviewer;
          chainIds.add(reviewer.id);
          rate(Infinity);
          break;
        }
        rate(window.deadline! + 1);
        if (
          step(
            CaseAction.LAPSE,
            { windowDeadline: iso(window.deadline!) },
            window.deadline! + 1,
            holder,
            `{"stage":"REVIEW_WINDOW","windowDeadline":"${iso(window.deadline!)}"}`,
            true,
          )
        ) {
          closeReason = CloseReason.WINDOW_LAPSED;
          finishedOn = lastDay;
          rate(Infinity);
        }
        break walk;
      }
      // IN_REVIEW → REVIEWED → (re-examination, or the window lapses) → FINALIZED.
      const reviewDeadline = open.get('REVIEW')!.deadline!;
      const reviewOutcome = weighted(r, [
        [DecisionOutcome.DOES_NOT_SUPPORT, 70],
        [DecisionOutcome.PARTLY_SUPPORTS, 20],
        [DecisionOutcome.SUPPORTS, 10],
      ] as const);
      const reviewDay = late(0.03) ? reviewDeadline + int(r, 1, 30) : Math.min(reviewDeadline, lastDay + int(r, 10, 30));
      const reviewResult = reviewOutcome === outcome ? OpinionResult.UPHELD : OpinionResult.CHANGED;
      if (
        !step(
          CaseAction.DECIDE_REVIEW,
          { outcome: reviewOutcome, text: DECISION_TEXTS[reviewOutcome], result: reviewResult },
          reviewDay,
          reviewer,
          `{"outcome":"${reviewOutcome}","result":"${reviewResult}"}`,
        )
      )
        break walk;
      outcome = reviewOutcome;
      const reWindow = open.get('REEXAMINATION_WINDOW')!;
      if (chance(r, 0.25)) {
        if (
          !step(
            CaseAction.REQUEST_REEXAMINATION,
            { windowDeadline: iso(reWindow.deadline!) },
            Math.min(reWindow.deadline!, lastDay + int(r, 3, 29)),
            reexaminer,
          )
        )
          break walk;
        reviewTenant = reexaminer;
        chainIds.add(reexaminer.id);
        const reDeadline = open.get('REEXAMINATION')!.deadline!;
        const reOutcome = weighted(r, [
          [DecisionOutcome.DOES_NOT_SUPPORT, 80],
          [DecisionOutcome.PARTLY_SUPPORTS, 15],
          [DecisionOutcome.SUPPORTS, 5],
        ] as const);
        const reDay = late(0.03) ? reDeadline + int(r, 1, 30) : Math.min(reDeadline, lastDay + int(r, 10, 30));
        const reResult = reOutcome === outcome ? OpinionResult.UPHELD : OpinionResult.CHANGED;
        if (
          !step(
            CaseAction.DECIDE_REEXAMINATION,
            { outcome: reOutcome, text: DECISION_TEXTS[reOutcome], result: reResult },
            reDay,
            reexaminer,
            `{"outcome":"${reOutcome}","result":"${reResult}"}`,
          )
        )
          break walk;
        outcome = reOutcome;
        finishedOn = lastDay;
        break walk;
      }
      if (
        step(
          CaseAction.LAPSE,
          { windowDeadline: iso(reWindow.deadline!) },
          reWindow.deadline! + 1,
          reviewer,
          `{"stage":"REEXAMINATION_WINDOW","windowDeadline":"${iso(reWindow.deadline!)}"}`,
          true,
        )
      ) {
        closeReason = CloseReason.WINDOW_LAPSED;
        finishedOn = lastDay;
      }
    }

    // --- the rows ------------------------------------------------------------------------------
    const openRows = stages.filter((s) => s.stopped === null);
    const earliest = openRows.filter((s) => s.deadline !== null).sort((a, b) => a.deadline! - b.deadline! || (a.stage < b.stage ? -1 : 1))[0];
    const state = snapshot.state;
    const finished = state === CaseState.CLOSED || state === CaseState.FINALIZED;
    const leader = chance(r, repeat ? 0.08 : 0.02) ? (dir.leaders.get(holderNow.id)?.[0] ?? null) : null;
    const c = this.counters;
    c.cases++;
    c.byState[state] = (c.byState[state] ?? 0) + 1;
    if (collective) c.collective++;
    if (repeat) c.repeats++;
    if (levelSkipping) c.levelSkipping++;
    if (earliest && earliest.deadline! < asOf) c.overdue++;

    const tenantId = registering.id;
    const number = `${CASE_NUMBER_PREFIX}${iso(day).slice(0, 4)}${String(c.cases).padStart(7, '0')}`;
    this.w.cases.row([
      tenantId,
      caseId,
      holderNow.path,
      number,
      channel,
      kind,
      leaf.id,
      text(title),
      text(content),
      problem.id,
      problem.path,
      holderNow.id,
      handlingUnit ? (handlingUnit as GeneratedUnit).id : NULL,
      routing ? (routing as GeneratedTenant).id : NULL,
      assigning ? (assigning as GeneratedTenant).id : NULL,
      completionDue !== null ? iso(completionDue) : NULL,
      deciding ? (deciding as GeneratedTenant).id : NULL,
      reviewTenant ? (reviewTenant as GeneratedTenant).id : NULL,
      arr([...chainIds]),
      accused?.id ?? NULL,
      String(personCount),
      leader?.id ?? NULL,
      receptionId ?? NULL,
      state,
      arr(openRows.map((s) => s.stage)),
      earliest ? iso(earliest.deadline!) : NULL,
      earliest ? earliest.stage : NULL,
      bool(snapshot.assigned),
      snapshot.completionReport,
      String(snapshot.sendBackCount),
      bool(snapshot.extensionUsed),
      bool(snapshot.delivered),
      rating ?? NULL,
      ratedAt ?? NULL,
      ratingToken ?? NULL,
      outcome ?? NULL,
      outcome ? text(DECISION_TEXTS[outcome as DecisionOutcome]) : NULL,
      decidedOn !== null ? iso(decidedOn) : NULL,
      declineReason ?? NULL,
      declineReason ? text(DECLINE_TARGETS[declineReason as DeclineReason] ?? null) : NULL,
      closeReason ?? NULL,
      '[]',
      repeat?.originalId ?? NULL,
      String(repeatCount),
      bool(levelSkipping),
      'f',
      iso(day),
      registeredAt,
      finished && finishedOn !== null ? iso(finishedOn) : NULL,
      transitions.at(-1)!.at,
      String(transitions.length),
    ]);

    people.forEach((person, i) => {
      const id = uuid(r);
      const idNumber = person.idNumber;
      const phone = person.phone;
      this.w.petitioners.row([
        tenantId,
        id,
        caseId,
        String(i + 1),
        text(person.name),
        idNumber ? encryptPii(this.keys, idNumber, cipherContext(id, 'idNumber')) : NULL,
        idNumber ? blindIndex(this.keys, idNumber) : NULL,
        idNumber ? maskResidentId(idNumber) : NULL,
        phone ? encryptPii(this.keys, phone, cipherContext(id, 'phone')) : NULL,
        phone ? blindIndex(this.keys, phone) : NULL,
        phone ? maskPhone(phone) : NULL,
        text(person.address),
        bool(collective),
      ]);
    });
    c.petitioners += people.length;

    for (const s of stages) {
      const onTime = s.stopped === null || s.deadline === null ? null : s.stopped <= s.deadline;
      this.w.stages.row([
        tenantId,
        s.id,
        caseId,
        s.stage,
        s.owner,
        iso(s.started),
        s.baseDeadline !== null ? iso(s.baseDeadline) : NULL,
        s.deadline !== null ? iso(s.deadline) : NULL,
        String(s.extensionDays),
        '[]',
        bool(s.provisional),
        s.stopped !== null ? iso(s.stopped) : NULL,
        bool(onTime),
        s.extensionDays ? '2' : '1',
      ]);
    }
    c.stages += stages.length;

    transitions.forEach((t, i) => {
      this.w.transitions.row([
        tenantId,
        uuid(r),
        caseId,
        String(i + 1),
        t.action,
        t.from ?? NULL,
        t.to,
        t.actor?.id ?? NULL,
        text(t.actor?.displayName ?? '系统'),
        t.actorTenant,
        text(t.details),
        'bench-generator',
        t.at,
      ]);
    });
    c.transitions += transitions.length;
  }

  private leafCumulative?: Float64Array;

  private pickLeaf(): Leaf {
    if (!this.leafCumulative) {
      let sum = 0;
      this.leafCumulative = Float64Array.from(this.leaves, (l) => (sum += l.weight));
    }
    const x = this.random() * this.leafCumulative[this.leafCumulative.length - 1];
    const i = this.leafCumulative.findIndex((c) => c > x);
    return this.leaves[i < 0 ? this.leaves.length - 1 : i];
  }
}

// ----------------------------------------------------------------------------------------------
// Loading
// ----------------------------------------------------------------------------------------------

const CASE_TABLES = ['cases.cases', 'cases.petitioners', 'cases.case_stages', 'cases.case_transitions'];

interface Definitions {
  constraints: { table: string; name: string; def: string; type: 'p' | 'u' | 'f' }[];
  indexes: { name: string; def: string }[];
}

/** Primary keys, unique and foreign-key constraints touching the case tables, and their other indexes. */
async function readDefinitions(client: pg.Client): Promise<Definitions> {
  const constraints = (
    await client.query<{ table: string; name: string; def: string; type: 'p' | 'u' | 'f' }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def, contype AS type
         FROM pg_constraint
        WHERE contype IN ('p', 'u', 'f')
          AND (conrelid = ANY ($1::regclass[]) OR (contype = 'f' AND confrelid = ANY ($1::regclass[])))
        ORDER BY contype DESC, conrelid::regclass::text, conname`,
      [CASE_TABLES],
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `SELECT x.indexrelid::regclass::text AS name, pg_get_indexdef(x.indexrelid) AS def
         FROM pg_index x
        WHERE x.indrelid = ANY ($1::regclass[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x') AND k.conrelid = x.indrelid)
        ORDER BY 1`,
      [CASE_TABLES],
    )
  ).rows;
  return { constraints, indexes };
}

/** Receptions: two leader reception days a month at every province, city and county office. */
function planReceptions(plan: GeneratedProvince, dir: Directory, shape: CaseShape, random: Random) {
  const rows: { tenant: GeneratedTenant; id: string; leader: GeneratedUser; day: number }[] = [];
  const from = dayOf(shape.from);
  const to = dayOf(shape.to);
  for (const tenant of plan.tenants) {
    if (tenant.level === TenantLevel.TOWNSHIP) continue;
    const leaders = dir.leaders.get(tenant.id)?.length ? dir.leaders.get(tenant.id)! : dir.users.get(tenant.id)!;
    for (let month = new Date(`${shape.from.slice(0, 7)}-01T00:00:00Z`); ; month.setUTCMonth(month.getUTCMonth() + 1)) {
      const first = Math.floor(month.getTime() / 86_400_000);
      if (first > to) break;
      for (const nominal of [first + int(random, 3, 8), first + int(random, 17, 24)]) {
        let day = nominal;
        while (!calendar.isWorkingDay(iso(day))) day++;
        if (day < from || day > to) continue;
        rows.push({ tenant, id: uuid(random), leader: pick(random, leaders), day });
      }
    }
  }
  return rows;
}

/** Cases per day over the period: weekdays busier than weekends and holidays, a slow upward trend. */
function dailyQuota(shape: CaseShape): Map<number, number> {
  const from = dayOf(shape.from);
  const to = dayOf(shape.to);
  const weights: number[] = [];
  for (let d = from; d <= to; d++) {
    const date = iso(d);
    const weekday = weekdayOf(date);
    const working = calendar.isWorkingDay(date);
    const base = working ? 1 : weekday === 0 || weekday === 6 ? 0.4 : 0.3;
    weights.push(base * (0.9 + (0.2 * (d - from)) / (to - from)));
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const quota = new Map<number, number>();
  let assigned = 0;
  let carry = 0;
  weights.forEach((w, i) => {
    const exact = (w / sum) * shape.total + carry;
    const n = Math.floor(exact);
    carry = exact - n;
    quota.set(from + i, n);
    assigned += n;
  });
  quota.set(to, quota.get(to)! + shape.total - assigned);
  return quota;
}

export interface GenerateCasesOptions {
  shape?: CaseShape;
  piiKey: Buffer | string;
  log?: (line: string) => void;
}

/**
 * Fills the case tables of `url` (already migrated, directory loaded) for the bench province. The
 * case tables' primary keys, unique and foreign-key constraints and indexes are dropped for the
 * load and recreated afterwards (the recreation checks every row: a violated constraint fails it).
 */
export async function generateCases(url: string, plan: GeneratedProvince, options: GenerateCasesOptions): Promise<CasesGenerated> {
  const shape = options.shape ?? CASE_SHAPE;
  const log = options.log ?? (() => {});
  const started = performance.now();
  calendar = provisionalCalendar(officialCalendar());
  deadlineMemo.clear();
  const random = prng(shape.seed);
  const dir = indexDirectory(plan, random);
  const keys = derivePiiKeys(options.piiKey);
  const province = plan.tenants.find((t) => t.level === TenantLevel.PROVINCE)!;

  const connect = async () => {
    const client = new pg.Client({ connectionString: url, application_name: 'petition-bench-generator' });
    await client.connect();
    await client.query(`SET synchronous_commit = off`);
    return client;
  };
  const admin = await connect();
  const copies = await Promise.all([connect(), connect(), connect(), connect()]);
  try {
    // Categories: the province's tree, leaves referenced by cases.
    const leaves: Leaf[] = [];
    const categoryRows: string[][] = [];
    CATEGORIES.forEach((top, t) => {
      const topId = uuid(random);
      categoryRows.push([province.id, topId, province.path, NULL, top.code, top.name, String(t + 1)]);
      top.children!.forEach((child, k) => {
        const id = uuid(random);
        categoryRows.push([province.id, id, province.path, topId, child.code, child.name, String(k + 1)]);
        leaves.push({ id, code: child.code, name: child.name, index: leaves.length, weight: child.weight, topics: child.topics });
      });
    });
    const receptions = planReceptions(plan, dir, shape, random);
    const receptionByDay = new Map(receptions.map((x) => [`${x.tenant.id}:${x.day}`, { id: x.id, leader: x.leader }]));

    const definitions = await readDefinitions(admin);
    log(`dropping ${definitions.constraints.length} constraints and ${definitions.indexes.length} indexes of the case tables for the load`);
    for (const c of definitions.constraints.filter((c) => c.type === 'f')) await admin.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
    for (const c of definitions.constraints.filter((c) => c.type !== 'f')) await admin.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
    for (const i of definitions.indexes) await admin.query(`DROP INDEX ${i.name}`);

    const small = new CopyWriter(copies[0], 'cases.categories', ['tenant_id', 'id', 'tenant_path', 'parent_id', 'code', 'name', 'ordinal']);
    await small.open();
    categoryRows.forEach((row) => small.row(row));
    await small.end();
    const receptionWriter = new CopyWriter(copies[0], 'cases.receptions', [
      'tenant_id',
      'id',
      'tenant_path',
      'leader_id',
      'leader_name',
      'date',
      'place',
      'created_at',
    ]);
    await receptionWriter.open();
    for (const x of receptions) {
      receptionWriter.row([
        x.tenant.id,
        x.id,
        x.tenant.path,
        x.leader.id,
        text(x.leader.displayName),
        iso(x.day),
        text(`${x.tenant.name}信访接待中心`),
        at(x.day - 3, 600),
      ]);
    }
    await receptionWriter.end();

    const writers: Writers = {
      cases: new CopyWriter(copies[0], 'cases.cases', CASE_COLUMNS),
      petitioners: new CopyWriter(copies[1], 'cases.petitioners', PETITIONER_COLUMNS),
      stages: new CopyWriter(copies[2], 'cases.case_stages', STAGE_COLUMNS),
      transitions: new CopyWriter(copies[3], 'cases.case_transitions', TRANSITION_COLUMNS),
    };
    for (const w of Object.values(writers)) await w.open();
    const generator = new CaseGenerator(shape.seed + 1, dir, leaves, receptionByDay, keys, shape, writers);
    const quota = dailyQuota(shape);
    const from = dayOf(shape.from);
    const to = dayOf(shape.to);
    let debt = 0;
    let nextLog = 100_000;
    for (let d = from; d <= to; d++) {
      const due = generator.pending.get(d) ?? [];
      generator.pending.delete(d);
      // Repeats due today take their share of the day's quota; an excess is taken from later days.
      let originals = quota.get(d)! - due.length - debt;
      debt = originals < 0 ? -originals : 0;
      if (d === to) originals = shape.total - generator.counters.cases - due.length;
      for (const repeatPlan of due) generator.generate(d, repeatPlan);
      for (let i = 0; i < originals; i++) {
        generator.generate(d, null);
        if ((i & 255) === 255) for (const w of Object.values(writers)) await w.flush();
      }
      for (const w of Object.values(writers)) await w.flush();
      if (generator.counters.cases >= nextLog) {
        log(`  ${generator.counters.cases.toLocaleString('en-US')} cases (${iso(d)}), ${((performance.now() - started) / 1000).toFixed(0)} s`);
        nextLog += 100_000;
      }
    }
    await Promise.all(Object.values(writers).map((w) => w.end()));
    const counters = generator.counters;
    if (counters.cases !== shape.total) throw new Error(`generated ${counters.cases} cases, expected ${shape.total}`);
    const copied = performance.now();
    log(
      `copied ${counters.cases} cases, ${counters.petitioners} petitioners, ${counters.stages} stages, ${counters.transitions} transitions in ${((copied - started) / 1000).toFixed(0)} s; recreating constraints and indexes`,
    );

    // Constraints and indexes back, checking every row; two connections build in parallel.
    await admin.query(`SET maintenance_work_mem = '512MB'`);
    await copies[1].query(`SET maintenance_work_mem = '512MB'`);
    const keysFirst = definitions.constraints.filter((c) => c.type !== 'f');
    for (const c of keysFirst) await admin.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`);
    const queue = [
      ...definitions.indexes.map((i) => i.def),
      ...definitions.constraints.filter((c) => c.type === 'f').map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`),
    ];
    const indexFks = queue.length;
    await Promise.all(
      [admin, copies[1]].map(async (client) => {
        for (let sql = queue.shift(); sql; sql = queue.shift()) await client.query(sql);
      }),
    );
    await admin.query(`SELECT setval('cases.case_number_seq', $1)`, [shape.total]);
    const indexed = performance.now();
    log(`recreated ${keysFirst.length} keys, ${indexFks} indexes and foreign keys in ${((indexed - copied) / 1000).toFixed(0)} s`);

    const inconsistencies = await checkConsistency(admin, shape);
    const checked = performance.now();
    log(`consistency checks in ${((checked - indexed) / 1000).toFixed(0)} s: ${JSON.stringify(inconsistencies)}`);
    await admin.query(`VACUUM (ANALYZE) cases.categories, cases.receptions, cases.cases, cases.petitioners, cases.case_stages, cases.case_transitions`);
    const vacuumed = performance.now();
    const total = (vacuumed - started) / 1000;
    log(`cases generated in ${total.toFixed(0)} s (VACUUM ANALYZE ${((vacuumed - checked) / 1000).toFixed(0)} s)`);
    return {
      counts: {
        cases: counters.cases,
        petitioners: counters.petitioners,
        stages: counters.stages,
        transitions: counters.transitions,
        categories: categoryRows.length,
        receptions: receptions.length,
      },
      byState: counters.byState,
      collective: counters.collective,
      repeats: counters.repeats,
      levelSkipping: counters.levelSkipping,
      overdue: counters.overdue,
      seconds: {
        generateAndCopy: (copied - started) / 1000,
        indexes: (indexed - copied) / 1000,
        check: (checked - indexed) / 1000,
        vacuum: (vacuumed - checked) / 1000,
        total,
      },
      inconsistencies,
    };
  } finally {
    await Promise.all([admin, ...copies].map((c) => c.end().catch(() => undefined)));
  }
}

/**
 * Facts that must hold on every case, counted in SQL over the loaded tables (each should be 0).
 */
export async function checkConsistency(client: pg.Client, shape: CaseShape = CASE_SHAPE): Promise<Record<string, number>> {
  const { rows } = await client.query(
    `WITH open AS (
       SELECT case_id, array_agg(stage ORDER BY stage) AS stages,
              (array_agg(deadline ORDER BY deadline, stage) FILTER (WHERE deadline IS NOT NULL))[1] AS deadline,
              (array_agg(stage ORDER BY deadline, stage) FILTER (WHERE deadline IS NOT NULL))[1] AS deadline_stage
         FROM cases.case_stages WHERE stopped_on IS NULL GROUP BY case_id
     ), last AS (
       SELECT DISTINCT ON (case_id) case_id, seq, to_state FROM cases.case_transitions ORDER BY case_id, seq DESC
     )
     SELECT
       count(*) FILTER (WHERE coalesce(o.stages, '{}') IS DISTINCT FROM (SELECT coalesce(array_agg(s ORDER BY s), '{}') FROM unnest(c.open_stages) s)) AS open_stages_mismatch,
       count(*) FILTER (WHERE c.deadline IS DISTINCT FROM o.deadline OR c.deadline_stage IS DISTINCT FROM o.deadline_stage) AS deadline_mismatch,
       count(*) FILTER (WHERE l.to_state IS DISTINCT FROM c.state OR l.seq IS DISTINCT FROM c.version) AS state_mismatch,
       count(*) FILTER (WHERE c.state IN ('CLOSED', 'FINALIZED') AND (o.case_id IS NOT NULL OR c.finished_on IS NULL)) AS finished_with_open_clock,
       count(*) FILTER (WHERE NOT c.tenant_path <@ (SELECT path FROM core.tenants WHERE id = c.tenant_id)) AS holder_not_below_registrar,
       count(*) FILTER (WHERE NOT (c.tenant_path @> c.problem_jurisdiction_path)) AS holder_not_above_problem,
       count(*) FILTER (WHERE c.handling_unit_id IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM core.units u WHERE u.id = c.handling_unit_id AND u.tenant_id = c.handling_tenant_id AND u.kind = 'COMPETENT_BODY')) AS unit_not_competent_of_holder,
       count(*) FILTER (WHERE NOT (c.tenant_id = ANY (c.chain_tenant_ids) AND c.handling_tenant_id = ANY (c.chain_tenant_ids))) AS chain_incomplete,
       count(*) FILTER (WHERE c.registered_on > $1::date OR c.updated_at > ($1::date + 1)::timestamptz + interval '16 hours') AS after_as_of
     FROM cases.cases c LEFT JOIN open o ON o.case_id = c.id LEFT JOIN last l ON l.case_id = c.id`,
    [shape.asOf],
  );
  const repeats = await client.query(
    `SELECT count(*) FILTER (WHERE o.repeat_count IS DISTINCT FROM n.n) AS repeat_count_mismatch
       FROM cases.cases o
       LEFT JOIN (SELECT repeat_of_id, count(*)::int AS n FROM cases.cases WHERE repeat_of_id IS NOT NULL GROUP BY 1) n ON n.repeat_of_id = o.id
      WHERE o.repeat_count > 0 OR n.n IS NOT NULL`,
  );
  const repeatPeople = await client.query(
    `SELECT count(*) AS repeat_other_petitioner
       FROM cases.cases r JOIN cases.cases o ON o.id = r.repeat_of_id
       JOIN cases.petitioners pr ON pr.case_id = r.id AND pr.ordinal = 1
       JOIN cases.petitioners po ON po.case_id = o.id AND po.ordinal = 1
      WHERE pr.id_number_hash IS DISTINCT FROM po.id_number_hash OR o.registered_at >= r.registered_at`,
  );
  const stageDates = await client.query(
    `SELECT count(*) FILTER (WHERE stopped_on < started_on OR (stopped_on IS NOT NULL AND deadline IS NOT NULL AND on_time IS DISTINCT FROM (stopped_on <= deadline))) AS stage_dates_wrong
       FROM cases.case_stages`,
  );
  const out: Record<string, number> = {};
  for (const row of [rows[0], repeats.rows[0], repeatPeople.rows[0], stageDates.rows[0]]) {
    for (const [k, v] of Object.entries(row)) out[k] = Number(v);
  }
  return out;
}
