import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { graphql } from '#test/gql/index.js';

export interface GraphQLResult<T = unknown> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * A document typed by `npm run codegen:tests`, or a plain string for what the API schema does not hold
 * (what only a subgraph answers, or a text a test must send as it is); a string's answer is unknown.
 */
type Operation<T, V> = TypedDocumentNode<T, V> | string;

/**
 * A document only a subgraph answers (`_service`, `_entities`): the API schema the types are generated
 * from does not hold it, so its caller types the answer and the variables by hand.
 */
export function subgraphDocument<T, V = Record<string, never>>(text: string): TypedDocumentNode<T, V> {
  return parse(text);
}

/** A subgraph's own SDL, as the gateway composes it. */
export const SERVICE_SDL = subgraphDocument<{ _service: { sdl: string } }>(`query { _service { sdl } }`);

/** Posts one GraphQL operation over real HTTP. */
export async function gql<T, V>(server: App | string, document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<GraphQLResult<T>>;
export async function gql(server: App | string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<unknown>>;
export async function gql<T, V>(
  server: App | string,
  document: Operation<T, V>,
  variables: V | Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const call = request(server).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  const query = typeof document === 'string' ? document : print(document);
  const response = await call.send({ query, variables });
  return { status: response.status, data: response.body.data, errors: response.body.errors };
}

/** The data of an operation that must succeed; otherwise fails with its errors. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.data == null || result.errors?.length) throw new Error(`the operation failed: ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}

export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

const LOGIN = graphql(`
  mutation TestLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
    }
  }
`);

export async function login(server: App | string, username: string, password = 'Demo@2026'): Promise<string> {
  const result = await gql(server, LOGIN, { username, password });
  if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}
