import type { MessageChannel } from '../domain/index.js';

/** One message as a provider sends it: the recipient in clear (decrypted only by the sender). */
export interface OutgoingMessage {
  channel: MessageChannel;
  to: string;
  text: string;
  /** The signature the gateway shows (SMS). */
  sign: string;
}

/** What a provider answers for a message it took: its own id of it. */
export interface SentMessage {
  provider: string;
  providerId: string;
}

/** A way out to petitioners: a real gateway, or the development sink. Throws when not sent. */
export interface MessageProvider {
  send(message: OutgoingMessage): Promise<SentMessage>;
}

/** The provider the sender uses (see MessagesModule.forWorker). */
export const MESSAGE_PROVIDER = Symbol('MESSAGE_PROVIDER');

/** A send that failed, with what the gateway answered; the job retries it. */
export class MessageSendError extends Error {
  override readonly name = 'MessageSendError';
}
