import pg from 'pg';
import { databaseUrl, migrateAll, onServer } from '#common/db';
import { TenantLevel, UnitKind } from '#common/directory';
import { Role, hashPassword } from '#common/auth';
import { SERVICE_DATABASES } from '../tools/services.js';
import { childTenantProblem } from '../apps/cases/src/directory/domain/division-code.js';
import { CASE_NUMBER_PREFIX, CASE_SHAPE, generateCases, type CaseShape, type CasesGenerated } from './generate-cases.js';

/**
 * Fills a dedicated database with one province at the size the product must serve on one machine
 * (the seeds' largest province: 21 cities, 183 counties, ~3,100 townships), with ~5 units and
 * ~10 users per tenant. Deterministic: the same seed gives the same tree, names, ids and users
 * (all but the password hash's salt).
 *
 * Rows are bulk-inserted as the administrative (superuser) connection, bypassing the directory
 * service: no audit rows, no outbox events, so the other services' jurisdiction tables stay empty.
 * Only the directory (`core`) is populated.
 */

export interface ProvinceShape {
  seed: number;
  provinceCode: string;
  cities: number;
  counties: number;
  townships: number;
  /** Units per tenant: this value ±1. */
  unitsPerTenant: number;
  /** Users per tenant: this value ±2. */
  usersPerTenant: number;
}

export const BENCH_SHAPE: ProvinceShape = {
  seed: 20260101,
  provinceCode: '510000',
  cities: 21,
  counties: 183,
  townships: 3100,
  unitsPerTenant: 5,
  usersPerTenant: 10,
};

/** Every generated user's password; all share one precomputed argon2id hash. */
export const BENCH_PASSWORD = 'Bench@2026';

/**
 * Bumped whenever the generator's output changes, so a stale database is regenerated.
 * 2: password hash from `hashPassword` (19 MiB, 2 passes, 1 lane) instead of argon2's defaults.
 * 3: the case tables (bench/generate-cases.ts): categories, receptions and 1,000,000 cases.
 */
const GENERATOR_VERSION = 3;

export interface GeneratedTenant {
  id: string;
  code: string;
  name: string;
  level: TenantLevel;
  parentId: string | null;
  path: string;
}

export interface GeneratedUnit {
  tenantId: string;
  id: string;
  tenantPath: string;
  name: string;
  kind: UnitKind;
}

export interface GeneratedUser {
  tenantId: string;
  id: string;
  tenantPath: string;
  unitId: string | null;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface GeneratedProvince {
  tenants: GeneratedTenant[];
  units: GeneratedUnit[];
  users: GeneratedUser[];
}

export interface ProvinceCounts {
  tenants: number;
  units: number;
  users: number;
  /** Generated cases (registrations made by the HTTP load are not counted). */
  cases: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function uuid(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Splits `total` into `parts` positive shares with random weights (largest remainder). */
function allocate(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % parts, left--) shares[byRemainder[k][1]]++;
  for (let k = parts - 1; left < 0; k = (k + parts - 1) % parts) {
    const i = byRemainder[k][1];
    if (shares[i] > 1) {
      shares[i]--;
      left++;
    }
  }
  return shares;
}

const SYLLABLES = [...'安宁平江川山阳南北东西清河龙凤石泉林华兴新永长德广金元丰青云峰溪源岭湖桥乐康福寿昌盛明光武文和顺兰梅松竹白马'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞红建国志文斌宇浩凯'];

const placeName = (random: Random) => pick(random, SYLLABLES) + pick(random, SYLLABLES);

const UPPER_UNITS: { name: string; kind: UnitKind }[] = [
  { name: '信访局', kind: UnitKind.PETITION_BUREAU },
  { name: '联席会议办公室', kind: UnitKind.CONFERENCE_OFFICE },
  { name: '住房和城乡建设局', kind: UnitKind.COMPETENT_BODY },
  { name: '人力资源和社会保障局', kind: UnitKind.COMPETENT_BODY },
  { name: '公安局', kind: UnitKind.OUTSIDE_BODY },
  { name: '自然资源局', kind: UnitKind.COMPETENT_BODY },
];
const TOWNSHIP_UNITS: { name: string; kind: UnitKind }[] = [
  { name: '信访办', kind: UnitKind.PETITION_BUREAU },
  { name: '综治中心', kind: UnitKind.COMPETENT_BODY },
  { name: '司法所', kind: UnitKind.COMPETENT_BODY },
  { name: '派出所', kind: UnitKind.OUTSIDE_BODY },
  { name: '社会事务办', kind: UnitKind.COMPETENT_BODY },
  { name: '村镇建设办', kind: UnitKind.COMPETENT_BODY },
];
const OTHER_ROLES = Object.values(Role).filter((role) => role !== Role.TENANT_ADMIN);

/** The province as data, without touching a database. */
export function planProvince(shape: ProvinceShape = BENCH_SHAPE): GeneratedProvince {
  const random = prng(shape.seed);
  const tenants: GeneratedTenant[] = [];
  const prefix = shape.provinceCode.slice(0, 2);
  const province: GeneratedTenant = {
    id: uuid(random),
    code: shape.provinceCode,
    name: '基准省',
    level: TenantLevel.PROVINCE,
    parentId: null,
    path: shape.provinceCode,
  };
  tenants.push(province);

  const countiesPerCity = allocate(random, shape.counties, shape.cities);
  const townshipsPerCounty = allocate(random, shape.townships, shape.counties);
  let countyIndex = 0;
  for (let c = 0; c < shape.cities; c++) {
    // GB/T 2260: city PPCC00; under it districts PPCC02.., counties PPCC21.., county-level cities PPCC81..
    const cityCode = `${prefix}${String(c + 1).padStart(2, '0')}00`;
    const city: GeneratedTenant = {
      id: uuid(random),
      code: cityCode,
      name: `${placeName(random)}市`,
      level: TenantLevel.CITY,
      parentId: province.id,
      path: `${province.path}.${cityCode}`,
    };
    tenants.push(city);
    const k = countiesPerCity[c];
    const districts = Math.max(1, Math.round(k * 0.3));
    const countyCities = Math.round(k * 0.1);
    for (let d = 0; d < k; d++) {
      let suffix: number;
      let kind: '区' | '县' | '市';
      if (d < districts) [suffix, kind] = [2 + d, '区'];
      else if (d < k - countyCities) [suffix, kind] = [21 + d - districts, '县'];
      else [suffix, kind] = [81 + d - (k - countyCities), '市'];
      const countyCode = `${cityCode.slice(0, 4)}${String(suffix).padStart(2, '0')}`;
      const county: GeneratedTenant = {
        id: uuid(random),
        code: countyCode,
        name: `${placeName(random)}${kind}`,
        level: TenantLevel.COUNTY,
        parentId: city.id,
        path: `${city.path}.${countyCode}`,
      };
      tenants.push(county);
      // Township codes: the county's six digits plus 001.. for 街道, 100.. for 镇, 200.. for 乡.
      const n = townshipsPerCounty[countyIndex++];
      const streets = Math.round(n * (kind === '区' ? 0.6 : 0.1));
      const towns = Math.round((n - streets) * 0.7);
      for (let t = 0; t < n; t++) {
        let code: number;
        let suffixName: string;
        if (t < streets) [code, suffixName] = [1 + t, '街道'];
        else if (t < streets + towns) [code, suffixName] = [100 + t - streets, '镇'];
        else [code, suffixName] = [200 + t - streets - towns, '乡'];
        const townshipCode = `${countyCode}${String(code).padStart(3, '0')}`;
        tenants.push({
          id: uuid(random),
          code: townshipCode,
          name: `${placeName(random)}${suffixName}`,
          level: TenantLevel.TOWNSHIP,
          parentId: county.id,
          path: `${county.path}.${townshipCode}`,
        });
      }
    }
  }

  // The generated codes obey the rules the directory enforces on createTenant.
  const byId = new Map(tenants.map((t) => [t.id, t]));
  for (const tenant of tenants) {
    const parent = tenant.parentId ? byId.get(tenant.parentId)! : null;
    const problem = parent && childTenantProblem(parent, tenant.level, tenant.code);
    if (problem) throw new Error(`generated ${tenant.code} under ${parent.code}: ${problem}`);
  }

  const units: GeneratedUnit[] = [];
  const users: GeneratedUser[] = [];
  for (const tenant of tenants) {
    const catalogue = tenant.level === TenantLevel.TOWNSHIP ? TOWNSHIP_UNITS : UPPER_UNITS;
    const unitCount = int(random, shape.unitsPerTenant - 1, shape.unitsPerTenant + 1);
    const own = catalogue.slice(0, Math.min(unitCount, catalogue.length)).map((unit) => ({
      tenantId: tenant.id,
      id: uuid(random),
      tenantPath: tenant.path,
      name: unit.name,
      kind: unit.kind,
    }));
    units.push(...own);
    const userCount = int(random, shape.usersPerTenant - 2, shape.usersPerTenant + 2);
    for (let u = 0; u < userCount; u++) {
      const roles = u === 0 ? [Role.TENANT_ADMIN, Role.REGISTRAR] : [...new Set([pick(random, OTHER_ROLES), pick(random, OTHER_ROLES)])];
      users.push({
        tenantId: tenant.id,
        id: uuid(random),
        tenantPath: tenant.path,
        unitId: random() < 0.8 ? pick(random, own).id : null,
        username: `u${tenant.code}.${String(u + 1).padStart(2, '0')}`,
        displayName: pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.5 ? pick(random, GIVEN) : ''),
        roles,
      });
    }
  }
  return { tenants, units, users };
}

export function countsOf(plan: GeneratedProvince, cases: CaseShape = CASE_SHAPE): ProvinceCounts {
  return { tenants: plan.tenants.length, units: plan.units.length, users: plan.users.length, cases: cases.total };
}

function signatureOf(shape: ProvinceShape, counts: ProvinceCounts, cases: CaseShape): string {
  return `petition-bench generator v${GENERATOR_VERSION} ${JSON.stringify({ ...shape, ...counts, caseShape: cases })}`;
}

/** True when the database exists, was completed by this generator with this shape, and holds its rows. */
async function isAlreadyGenerated(adminUrl: string, database: string, shape: ProvinceShape, expected: ProvinceCounts, cases: CaseShape): Promise<boolean> {
  const comment = await onServer(adminUrl, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [database],
    );
    return rows.length ? (rows[0].comment ?? '') : null;
  });
  if (comment !== signatureOf(shape, expected, cases)) return false;
  const client = new pg.Client({ connectionString: databaseUrl(adminUrl, database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ tenants: number; units: number; users: number; cases: number }>(
      `SELECT (SELECT count(*) FROM core.tenants)::int AS tenants,
              (SELECT count(*) FROM core.units)::int AS units,
              (SELECT count(*) FROM core.users)::int AS users,
              (SELECT count(*) FROM cases.cases WHERE number LIKE $1)::int AS cases`,
      [`${CASE_NUMBER_PREFIX}%`],
    );
    const r = rows[0];
    return r.tenants === expected.tenants && r.units === expected.units && r.users === expected.users && r.cases === expected.cases;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

export interface GenerateResult {
  url: string;
  counts: ProvinceCounts;
  plan: GeneratedProvince;
  /** False when an existing database already held this province and was reused. */
  generated: boolean;
  seconds: number;
  /** What the case generator wrote and how long it took; null when the database was reused. */
  cases: CasesGenerated | null;
}

const CHUNK = 5000;

async function insertChunks<T>(client: pg.Client, rows: T[], sql: string, columns: (chunk: T[]) => unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await client.query(sql, columns(chunk));
  }
}

/**
 * Makes `database` on the server of `adminUrl` hold the bench province: reuses it when it already
 * does (signature and counts match), otherwise drops it, creates it, migrates it with every
 * service's migrations and bulk-inserts the province.
 */
export async function generateProvince(
  adminUrl: string,
  options: { database?: string; shape?: ProvinceShape; caseShape?: CaseShape; piiKey: Buffer | string; regenerate?: boolean; log?: (line: string) => void },
): Promise<GenerateResult> {
  const started = performance.now();
  const database = options.database ?? 'petition_bench';
  const shape = options.shape ?? BENCH_SHAPE;
  const log = options.log ?? (() => {});
  const url = databaseUrl(adminUrl, database);
  const caseShape = options.caseShape ?? CASE_SHAPE;
  const plan = planProvince(shape);
  const counts = countsOf(plan, caseShape);

  if (!options.regenerate && (await isAlreadyGenerated(adminUrl, database, shape, counts, caseShape))) {
    log(`${database} already holds the bench province (${counts.tenants} tenants, ${counts.units} units, ${counts.users} users); reusing it`);
    // Still apply migrations added since it was generated.
    await migrateAll(url, SERVICE_DATABASES);
    return { url, counts, plan, generated: false, seconds: (performance.now() - started) / 1000, cases: null };
  }

  log(`creating ${database} afresh`);
  await onServer(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  });
  await migrateAll(url, SERVICE_DATABASES);

  // One hash for every user, made as createUser makes it (argon2id, the product's parameters). Its
  // salt is random, so the hash differs between generations; nothing else does.
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Parents before children: the tree is planned top-down within each branch, so sort by depth.
    const tenants = [...plan.tenants].sort((a, b) => a.path.split('.').length - b.path.split('.').length);
    await insertChunks(
      client,
      tenants,
      `INSERT INTO core.tenants (id, code, name, level, parent_id, path)
       SELECT id, code, name, level::core.tenant_level, parent_id, path::ltree
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) AS t (id, code, name, level, parent_id, path)`,
      (chunk) => [
        chunk.map((t) => t.id),
        chunk.map((t) => t.code),
        chunk.map((t) => t.name),
        chunk.map((t) => t.level),
        chunk.map((t) => t.parentId),
        chunk.map((t) => t.path),
      ],
    );
    await insertChunks(
      client,
      plan.units,
      `INSERT INTO core.units (tenant_id, id, tenant_path, name, kind)
       SELECT tenant_id, id, tenant_path::ltree, name, kind::core.unit_kind
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS u (tenant_id, id, tenant_path, name, kind)`,
      (chunk) => [chunk.map((u) => u.tenantId), chunk.map((u) => u.id), chunk.map((u) => u.tenantPath), chunk.map((u) => u.name), chunk.map((u) => u.kind)],
    );
    await insertChunks(
      client,
      plan.users,
      `INSERT INTO core.users (tenant_id, id, tenant_path, unit_id, username, display_name, roles, password_hash)
       SELECT tenant_id, id, tenant_path::ltree, unit_id, username, display_name, string_to_array(roles, ','), $8
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[])
              AS u (tenant_id, id, tenant_path, unit_id, username, display_name, roles)`,
      (chunk) => [
        chunk.map((u) => u.tenantId),
        chunk.map((u) => u.id),
        chunk.map((u) => u.tenantPath),
        chunk.map((u) => u.unitId),
        chunk.map((u) => u.username),
        chunk.map((u) => u.displayName),
        chunk.map((u) => u.roles.join(',')),
        passwordHash,
      ],
    );
    await client.query('COMMIT');
    // Fresh statistics and visibility map, as autovacuum would leave a table that has settled.
    await client.query('VACUUM (ANALYZE) core.tenants, core.units, core.users');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const directorySeconds = (performance.now() - started) / 1000;
  log(
    `generated ${counts.tenants} tenants, ${counts.units} units, ${counts.users} users in ${directorySeconds.toFixed(1)} s; now ${caseShape.total.toLocaleString('en-US')} cases`,
  );
  const cases = await generateCases(url, plan, { shape: caseShape, piiKey: options.piiKey, log });
  const failed = Object.entries(cases.inconsistencies).filter(([, n]) => n !== 0);
  if (failed.length) throw new Error(`the generated cases are inconsistent: ${JSON.stringify(Object.fromEntries(failed))}`);
  // Written last: a database without it is regenerated by the next run.
  await onServer(adminUrl, (admin) => admin.query(`COMMENT ON DATABASE "${database}" IS '${signatureOf(shape, counts, caseShape).replaceAll("'", "''")}'`));
  return { url, counts, plan, generated: true, seconds: directorySeconds, cases };
}
