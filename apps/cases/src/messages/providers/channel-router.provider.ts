import { MessageChannel } from '../domain/index.js';
import type { MessageProvider, OutgoingMessage, SentMessage } from './message-provider.js';

/** Sends each channel through its own provider (an SMS gateway, a mail gateway, or the sink). */
export class ChannelRouter implements MessageProvider {
  constructor(private readonly providers: Readonly<Record<MessageChannel, MessageProvider>>) {}

  send(message: OutgoingMessage): Promise<SentMessage> {
    return this.providers[message.channel].send(message);
  }
}

export { MessageChannel };
