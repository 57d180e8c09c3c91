import { randomUUID } from 'node:crypto';
import type { MessageProvider, OutgoingMessage, SentMessage } from './message-provider.js';

/** The provider name a message sent to the development sink records; the console shows it as 已发送（开发收件箱）. */
export const DEV_SINK = 'DEV_SINK';

/**
 * The development sink: takes every message and keeps it in the process (the message row keeps
 * the full text, which the console's 短信通知 page shows), so a tester can follow a rating link
 * without a gateway.
 */
export class DevSinkProvider implements MessageProvider {
  readonly delivered: (OutgoingMessage & { providerId: string })[] = [];

  async send(message: OutgoingMessage): Promise<SentMessage> {
    const providerId = `sink-${randomUUID()}`;
    this.delivered.push({ ...message, providerId });
    // Bounded: a long-running development worker does not grow without end.
    if (this.delivered.length > 1000) this.delivered.shift();
    return { provider: DEV_SINK, providerId };
  }
}
