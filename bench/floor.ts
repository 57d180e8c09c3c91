import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { CapturedStatement } from './capture-sql.js';

/**
 * The database's floor for a registration: the statements one `registerCase` sent (captured in the
 * cases subgraph, bench/capture-sql.ts) replayed by pgbench with the same parameters, transaction
 * framing and tenant context, once as sent (`-M extended`: unnamed, parsed and planned every time)
 * and once as prepared statements (`-M prepared`).
 *
 * Every replayed transaction must insert new rows, as a registration does: the values that are new
 * per registration (the ids of the rows it inserted, the petitioner's ID number and phone hashes,
 * which also name its advisory lock) get their last 12 characters replaced, in the parameter, by a
 * token that the statement turns into a per-transaction number with `replace(…)` — one function call
 * per such parameter more than the application sends.
 */

/** Placeholder for the per-transaction part of a varying value; replaced server-side. */
const TOKEN = 'ZZZZZZZZZZZZ';

export interface FloorScript {
  script: string;
  /** pgbench `-D` definitions of the constant parameters. */
  defines: string[];
  statements: number;
  /** How many parameters carry a per-transaction value. */
  varying: number;
}

export interface FloorRun {
  mode: 'extended' | 'prepared';
  transactions: number;
  perSecond: number;
  latencyMs: number;
  failed: number;
}

/**
 * The values of the probe's registration that must differ in each replayed one: the ids of every row
 * it inserted and its petitioners' hashes.
 */
export async function varyingValues(admin: pg.Client, caseId: string, statements: CapturedStatement[]): Promise<string[]> {
  // The probe's request id (from its tenant context) marks its outbox and audit rows.
  const context = statements.find((s) => /set_config\('app\.request_id', \$\d+/.test(s.text));
  const requestId = context ? context.params[Number(/set_config\('app\.request_id', \$(\d+)/.exec(context.text)![1]) - 1] : null;
  // Every cases table with a row per case (petitioners, stages, messages, …). Not the transitions: their ids are made by
  // the database and read back by the message step, so the replay keeps the probe's (a valid reference) where it is passed.
  const children = (
    await admin.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.columns
        WHERE table_schema = 'cases' AND column_name IN ('id', 'case_id') AND table_name <> 'case_transitions'
        GROUP BY table_schema, table_name HAVING count(*) = 2`,
    )
  ).rows.map((r) => `UNION SELECT id::text FROM ${r.name} WHERE case_id = $1::uuid`);
  const { rows } = await admin.query<{ v: string }>(
    `SELECT id::text AS v FROM cases.cases WHERE id = $1::uuid
     ${children.join('\n     ')}
     UNION SELECT id_number_hash FROM cases.petitioners WHERE case_id = $1::uuid AND id_number_hash IS NOT NULL
     UNION SELECT phone_hash FROM cases.petitioners WHERE case_id = $1::uuid AND phone_hash IS NOT NULL
     UNION SELECT id::text FROM cases.outbox WHERE request_id = $2::text
     UNION SELECT id::text FROM cases.audit_log WHERE request_id = $2::text`,
    [caseId, requestId],
  );
  return rows.map((r) => r.v).filter((v) => v.length > TOKEN.length);
}

/** The pgbench script of the captured transaction; parameter types from the server (a PREPARE of each statement). */
export async function floorScript(admin: pg.Client, statements: CapturedStatement[], varying: string[]): Promise<FloorScript> {
  const defines: string[] = [];
  const lines = ['\\set n :n + 1', '\\set tx :base + :client_id * 1000000000 + :n'];
  let varyingCount = 0;
  for (const [i, statement] of statements.entries()) {
    let types: string[] = [];
    if (statement.params.length) {
      await admin.query(`PREPARE bench_floor_probe AS ${statement.text}`);
      types = (await admin.query(`SELECT parameter_types::text[] AS t FROM pg_prepared_statements WHERE name = 'bench_floor_probe'`)).rows[0].t;
      await admin.query('DEALLOCATE bench_floor_probe');
    }
    const text = statement.text.replace(/\$(\d+)/g, (_, n: string) => {
      const k = Number(n) - 1;
      const value = statement.params[k];
      // pgbench cannot define a variable as NULL or as the empty string: those go into the text as literals.
      if (value === null) return `NULL::${types[k]}`;
      if (value === '') return `''::${types[k]}`;
      let marked = value;
      for (const v of varying) marked = marked.replaceAll(v, v.slice(0, -TOKEN.length) + TOKEN);
      const name = `s${i}_${k + 1}`;
      defines.push(`${name}=${marked}`);
      if (marked === value) return `:${name}`;
      varyingCount++;
      return `replace(:${name}, '${TOKEN}', lpad(to_hex(:tx::bigint), ${TOKEN.length}, '0'))::${types[k]}`;
    });
    lines.push(`${text.trim().replace(/;$/, '')};`);
  }
  return { script: `${lines.join('\n')}\n`, defines, statements: statements.length, varying: varyingCount };
}

/** Runs the script with pgbench against `url` (the app role: row-level security applies) for `seconds`. */
export function runPgbench(url: string, floor: FloorScript, mode: FloorRun['mode'], clients: number, seconds: number): Promise<FloorRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-floor-'));
  const file = path.join(dir, 'registration.sql');
  writeFileSync(file, floor.script);
  const args = [
    '-n',
    '-M',
    mode,
    '-c',
    String(clients),
    '-j',
    String(Math.min(clients, os.cpus().length)),
    '-T',
    String(seconds),
    '-D',
    'n=0',
    '-D',
    `base=${Math.floor(Math.random() * 2 ** 20) * 2 ** 27}`,
    ...floor.defines.flatMap((d) => ['-D', d]),
    '-f',
    file,
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile('pgbench', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) return reject(new Error(`pgbench -M ${mode} failed: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      const num = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? NaN);
      const failed = num(/number of failed transactions: (\d+)/) || 0;
      resolve({
        mode,
        transactions: num(/number of transactions actually processed: (\d+)/),
        perSecond: num(/tps = ([\d.]+)/),
        latencyMs: num(/latency average = ([\d.]+) ms/),
        failed,
      });
    });
  });
}
