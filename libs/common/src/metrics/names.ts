/** Label of operations without a name, or that did not resolve to one (parse or validation errors). */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Label of every further name once `OperationNames` holds its maximum. */
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
/**
 * The gateway names its fetches `<client operation>__<subgraph>__<fetch index>`: counted under
 * the client's name, so the subgraphs' series match the gateway's.
 */
const GATEWAY_FETCH_SUFFIX = /__[A-Za-z][A-Za-z0-9]*__\d+$/;

/**
 * The operation-name label of a process. Names are chosen by callers, so an attacker could send a
 * new one with every request and grow the label set without end: a name is kept only once an
 * operation under it was answered without errors (what a caller without a token mostly cannot
 * do), and only the first `max` such names; until then, and beyond them, it is counted as `other`.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 100) {}

  /** The label of an operation's name; `succeeded` (answered without errors) lets a new name in. */
  label(name: string | null | undefined, succeeded = true): string {
    if (!name) return ANONYMOUS_OPERATION;
    const stripped = name.replace(GATEWAY_FETCH_SUFFIX, '');
    if (!GRAPHQL_NAME.test(stripped)) return ANONYMOUS_OPERATION;
    if (this.seen.has(stripped)) return stripped;
    if (!succeeded || this.seen.size >= this.max) return OTHER_OPERATION;
    this.seen.add(stripped);
    return stripped;
  }
}

/** Statement kinds with a label of their own; everything else is `OTHER`. */
const STATEMENT_KINDS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'WITH',
  'VALUES',
  'TABLE',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'RESET',
  'SHOW',
  'CALL',
  'DO',
  'COPY',
  'LOCK',
  'CREATE',
  'ALTER',
  'DROP',
  'TRUNCATE',
  'GRANT',
  'REVOKE',
  'COMMENT',
  'EXPLAIN',
  'ANALYZE',
  'VACUUM',
  'REFRESH',
  'NOTIFY',
  'LISTEN',
  'UNLISTEN',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'DISCARD',
  'DECLARE',
  'FETCH',
  'CLOSE',
]);
const ALIASES: Readonly<Record<string, string>> = { START: 'BEGIN', END: 'COMMIT', ABORT: 'ROLLBACK' };

/** Leading white space, `--` line comments, `/* … *\/` block comments and opening parentheses. */
const LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/|\()*/;

/**
 * The kind of an SQL statement (SELECT, INSERT, …) for the query-duration label: its first
 * keyword, never more of the text, so neither table contents nor parameters reach the metrics.
 */
export function statementKind(sql: string): string {
  const rest = sql.replace(LEADING_NOISE, '');
  const keyword = /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase() ?? '';
  const kind = ALIASES[keyword] ?? keyword;
  return STATEMENT_KINDS.has(kind) ? kind : 'OTHER';
}

/**
 * The route label of an HTTP request: the pattern the router matched (`/files/:id`, never the
 * URL with its ids), GraphQL's path, or `unmatched` (static files, not-found answers).
 */
export function routeLabel(request: { routePath?: string; baseUrl?: string; path: string }): string {
  if (request.routePath) return `${request.baseUrl ?? ''}${request.routePath}` || '/';
  return request.path === '/graphql' ? '/graphql' : 'unmatched';
}
