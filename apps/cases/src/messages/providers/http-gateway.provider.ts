import { randomUUID } from 'node:crypto';
import type { HttpGatewayConfig } from './message-config.js';
import { MessageSendError, type MessageProvider, type OutgoingMessage, type SentMessage } from './message-provider.js';

/**
 * An SMS or mail gateway over HTTP: POST `{to, text, sign}` as JSON with the bearer token; a 2xx
 * answer means sent (its JSON `id`, when given, is the provider's id of the message), anything
 * else, or no answer within the timeout, is an error naming the status.
 */
export class HttpGatewayProvider implements MessageProvider {
  constructor(
    private readonly name: string,
    private readonly gateway: HttpGatewayConfig,
    private readonly timeoutMs: number,
  ) {}

  async send(message: OutgoingMessage): Promise<SentMessage> {
    let response: Response;
    try {
      response = await fetch(this.gateway.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.gateway.token}` },
        body: JSON.stringify({ to: message.to, text: message.text, sign: message.sign }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new MessageSendError(`${this.name}: no answer (${(error as Error).name === 'TimeoutError' ? 'timeout' : (error as Error).message})`);
    }
    const body = await response.text();
    if (!response.ok) throw new MessageSendError(`${this.name}: HTTP ${response.status} ${body.slice(0, 200)}`.trim());
    return { provider: this.name, providerId: providerIdOf(body) ?? randomUUID() };
  }
}

function providerIdOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { id?: unknown };
    return typeof parsed.id === 'string' || typeof parsed.id === 'number' ? String(parsed.id) : null;
  } catch {
    return null;
  }
}
