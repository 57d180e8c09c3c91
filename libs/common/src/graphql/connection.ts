import { Directive, Field, Int, ObjectType, ArgsType, type FieldMiddleware } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { Type } from '@nestjs/common';
import { invalidField } from '../errors/index.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数（1–100）' })
  @IsInt()
  @Min(1, { message: '每页条数至少为 1' })
  @Max(MAX_PAGE_SIZE, { message: `每页条数不能超过 ${MAX_PAGE_SIZE}` })
  first = 20;

  @Field({ nullable: true, description: '从该游标之后开始' })
  @IsOptional()
  @IsString()
  after?: string;
}

// Every subgraph with a list resolves it: shared by federation's rule for value types.
@ObjectType({ description: '分页信息' })
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * The rows matching the list's filter, all pages. A function, which the field's middleware calls
   * only when the field is asked for, so a page that shows no total costs no count.
   */
  totalCount?: () => Promise<number>;
}

/** Runs a connection's count (`withTotalCount`): a field's resolver runs only when the field is selected. */
const countWhenAsked: FieldMiddleware = async (_ctx, next) => {
  const count = await next();
  return typeof count === 'function' ? count() : count;
};

/** A cursor connection type for `node`, named `<Name>Connection`; `counted` adds `totalCount`. */
export function ConnectionOf<T>(node: Type<T>, name: string, options: { counted?: boolean } = {}): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  if (options.counted) {
    Field(() => Int, { description: '符合筛选条件的总条数（与列表相同的条件和权限）', middleware: [countWhenAsked] })(ConnectionType.prototype, 'totalCount');
  }
  ObjectType(`${name}Connection`)(ConnectionType);
  return ConnectionType as Type<Connection<T>>;
}

/** A connection whose `totalCount` runs `count` when, and only when, it is asked for (once per connection). */
export function withTotalCount<T>(connection: Connection<T>, count: () => Promise<number>): Connection<T> {
  let counted: Promise<number> | undefined;
  return { ...connection, totalCount: () => (counted ??= count()) };
}

/** Opaque keyset cursors: the sort key of the last row, base64url-encoded. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each component of a cursor's key holds. A cursor comes back from the caller, so every
 * component is checked against its kind before it reaches SQL: a well-formed cursor carrying an
 * impossible date would otherwise fail in the database as an internal error.
 */
export type CursorPart = 'text' | 'ltree' | 'date' | 'timestamp' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LTREE = /^[A-Za-z0-9_]{1,256}(\.[A-Za-z0-9_]{1,256})*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// As Date.toISOString writes it.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const VALID_PART: Readonly<Record<CursorPart, (value: string) => boolean>> = {
  text: (value) => !value.includes('\u0000'),
  ltree: (value) => LTREE.test(value),
  date: isCalendarDate,
  timestamp: (value) => {
    const match = TIMESTAMP.exec(value);
    return match !== null && isCalendarDate(match[1]);
  },
  uuid: (value) => UUID.test(value),
};

/**
 * The key of a cursor made by `encodeCursor`, each component checked against `shape`; null for no
 * cursor. Anything else is a VALIDATION error naming the argument that carried it.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(
  cursor: string | null | undefined,
  shape: S,
  argument = 'after',
): { [K in keyof S]: string } | null {
  if (!cursor) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid = Array.isArray(key) && key.length === shape.length && key.every((part, i) => typeof part === 'string' && VALID_PART[shape[i]](part));
  if (!valid) throw invalidField(argument, '分页游标无效，请从第一页重新查询');
  return key as { [K in keyof S]: string };
}

/** Builds a connection from `first + 1` fetched rows, so `hasNextPage` needs no count query. */
export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => readonly string[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
