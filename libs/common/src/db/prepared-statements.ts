import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * How often a statement's text must have been sent by this process before connections prepare it: the
 * services' statements repeat (their SQL is fixed, only the parameters vary), a one-off text does not.
 */
export const PREPARE_AFTER = 3;
/** Prepared statements a connection keeps at most: the server holds each one's plan for the connection's life. */
export const MAX_PREPARED_PER_CONNECTION = 400;
/** Distinct texts counted at most; beyond, the counts start again (texts built with a variable number of placeholders). */
const MAX_COUNTED_TEXTS = 20_000;

const timesSent = new Map<string, number>();
const names = new Map<string, string>();

/** The statement's name on every connection: derived from its text, so connections agree without coordinating. */
export function preparedStatementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`;
    if (names.size >= MAX_COUNTED_TEXTS) names.clear();
    names.set(text, name);
  }
  return name;
}

/** Whether a text has now been sent often enough to be worth preparing (counts this sending). */
function isRecurring(text: string): boolean {
  if (timesSent.size >= MAX_COUNTED_TEXTS && !timesSent.has(text)) timesSent.clear();
  const times = (timesSent.get(text) ?? 0) + 1;
  timesSent.set(text, times);
  return times >= PREPARE_AFTER;
}

type QueryArguments = [config: unknown, values?: unknown, callback?: unknown];

/**
 * The pool's connection (`extra.Client` of the data source): a parameterised statement the services send
 * again and again goes as a named prepared statement, so PostgreSQL parses and rewrites it once per
 * connection instead of on every execution (as unnamed statements are). Row-level security is unchanged:
 * the policies read the transaction's settings when the plan executes, not when it is made, and the server
 * plans again for another role. Statements without parameters (transaction control) stay as they were.
 *
 * Each execution is still planned for its values (`plan_cache_mode = force_custom_plan`): after five
 * runs PostgreSQL may otherwise keep a plan made for no values in particular, in which a policy's
 * per-row check against the case becomes a hash of every case the context sees — at a million cases a
 * step on one case read the whole subtree of the office holding it (one transition's insert took 4 s).
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  constructor(config: string | pg.ClientConfig = {}) {
    const settings = typeof config === 'string' ? { connectionString: config } : config;
    super({ ...settings, options: [settings.options, '-c plan_cache_mode=force_custom_plan'].filter(Boolean).join(' ') });
  }

  // One override for pg's query overloads: only (text, values[], callback?) is changed.
  override query(...args: QueryArguments): never {
    const [text, values, callback] = args;
    const send = super.query.bind(this) as (...a: unknown[]) => never;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return send(...args);
    const name = preparedStatementName(text);
    if (this.prepared.has(name) || (this.prepared.size < MAX_PREPARED_PER_CONNECTION && isRecurring(text) && this.prepared.add(name))) {
      return send({ name, text, values }, callback);
    }
    return send(...args);
  }
}
