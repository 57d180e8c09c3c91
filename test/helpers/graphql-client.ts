import request from 'supertest';
import type { App } from 'supertest/types.js';

export interface GraphQLResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Posts one GraphQL operation over real HTTP. */
export async function gql<T = any>(
  server: App | string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const call = request(server).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  const response = await call.send({ query, variables });
  return { status: response.status, data: response.body.data, errors: response.body.errors };
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export async function login(server: App | string, username: string, password = 'Demo@2026'): Promise<string> {
  const result = await gql<{ login: { accessToken: string } }>(
    server,
    `mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }`,
    { username, password },
  );
  if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}
