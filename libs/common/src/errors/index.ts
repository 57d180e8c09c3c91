import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Stable error codes. Clients branch on `extensions.code`; the message is Chinese and meant for
 * the user.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION: 'VALIDATION',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  /** The same matter is final (re-examined, or its review window lapsed): it is not accepted again (不再受理). */
  ALREADY_FINALIZED: 'ALREADY_FINALIZED',
  /** A registration strongly matches registered cases and says neither that it repeats one nor why it is new. */
  REPEAT_UNRESOLVED: 'REPEAT_UNRESOLVED',
  /** An assessment scheme's results were published (通报): they, and the scheme, are frozen. */
  PUBLISHED: 'PUBLISHED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many failed logins for one username: it is locked for a while, whatever password comes. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** Too many failed logins from one source address: it is refused for a while. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** An upload larger than its limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An upload whose content is not a kind of file accepted, or not what its name says. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extensions, ...(details ? { details } : {}) } });
  }
}

export const unauthenticated = (message = '未登录或登录已失效') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = '无权执行此操作') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what}不存在或不在本辖区内`);
export const validation = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.VALIDATION, message, details);
/**
 * A refused input naming the argument path it was found at (`input.title`, `after`), for a client
 * to mark the field; `fields` lists every refused field's reasons when there are several.
 */
export const invalidField = (field: string, message: string, fields: Record<string, string[]> = { [field]: [message] }) =>
  new AppError(ErrorCode.VALIDATION, message, { fields }, { field });
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const deadlinePassed = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.DEADLINE_PASSED, message, details);

interface PgError {
  code?: string;
  constraint?: string;
  driverError?: PgError;
}

/** Translate the database's refusals into the API's codes; anything unknown becomes null. */
export function fromDatabaseError(error: unknown): AppError | null {
  const pg = ((error as PgError)?.driverError ?? error) as PgError;
  switch (pg?.code) {
    case '42501': // insufficient_privilege, including a row-level security WITH CHECK violation
      return forbidden('该记录不在本辖区内，无权写入');
    case '23505':
      return conflict('记录已存在');
    case '23503':
      return validation('引用的记录不存在');
    case '23514':
    case '22P02':
    case '22023':
      return validation('输入的数据不符合要求');
    // Inputs are checked before they reach SQL; these stay as a net for whatever slips through.
    case '22021': // a NUL byte (or another invalid byte sequence) in text
      return validation('输入含有不允许的字符（如空字符）');
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
      return validation('输入的日期或时间无效');
    default:
      return null;
  }
}

/**
 * Apollo `formatError`: known errors pass through with their code; everything else is logged by
 * the caller and shown as a generic internal error, never with a stack trace.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as GraphQLError)?.originalError ?? error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.extensions };
  }
  const translated = fromDatabaseError(original);
  if (translated) {
    return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: translated.extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && code !== ErrorCode.INTERNAL) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: chineseFor(code, formatted.message), extensions: { ...extensions, code: normalise(code) } };
  }
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

/** GraphQL's own validation errors (unknown field, wrong variable type) are the caller's fault. */
function normalise(code: string): string {
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
    return ErrorCode.VALIDATION;
  }
  return code;
}

function chineseFor(code: string, message: string): string {
  switch (normalise(code)) {
    case ErrorCode.VALIDATION:
      return `请求不符合接口定义：${message}`;
    case ErrorCode.UNAUTHENTICATED:
      return '未登录或登录已失效';
    case ErrorCode.FORBIDDEN:
      return '无权执行此操作';
    default:
      return message;
  }
}
