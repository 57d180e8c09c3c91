/** A GraphQL call refused by the API: the message and code the API gave. */
export class GatewayCallError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(`${operation}: ${message}${code ? ` (${code})` : ''}`);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The demo users calling the gateway over HTTP with bearer tokens, each logged in once: the demo
 * activity goes through the same API, rules and events as the console's users.
 */
export class GatewayClient {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly gatewayUrl: string,
    private readonly password: string,
  ) {}

  /** Runs one operation as `username`; refusals become a GatewayCallError. */
  async as<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.post<T>(query, variables, await this.tokenOf(username));
  }

  /** Runs one mutation taking `input` and returns its selected fields. */
  async mutate<T = Record<string, unknown>>(username: string, mutation: string, inputType: string, input: object, fields: string): Promise<T> {
    const data = await this.as<Record<string, T>>(username, `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${fields} } }`, { input });
    return data[mutation];
  }

  private async tokenOf(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      const data = await this.post<{ login: { accessToken: string } }>(
        'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }',
        { username, password: this.password },
      );
      token = data.login.accessToken;
      this.tokens.set(username, token);
    }
    return token;
  }

  private async post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const operation = /\{\s*(\w+)/.exec(query)?.[1] ?? 'query';
    const response = await fetch(`${this.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    const [error] = body.errors ?? [];
    if (error || !body.data) throw new GatewayCallError(operation, error?.extensions?.code, error?.message ?? `HTTP ${response.status}`);
    return body.data;
  }
}
