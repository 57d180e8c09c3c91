import type { MessageStatus, Role } from '../gql/graphql';
import { MessageStatusLabel } from '../gql/labels';

/** Who reads 短信通知 (the API's `petitionerMessages` roles). */
export const MESSAGE_READER_ROLES: readonly Role[] = ['REGISTRAR', 'HANDLER', 'TENANT_ADMIN', 'LEADER'];

/** Who may send a failed message again (the API's `resendPetitionerMessage` roles). */
export const MESSAGE_RESENDER_ROLES: readonly Role[] = ['REGISTRAR', 'HANDLER'];

/** A message's state as staff read it: one the development inbox took was not sent to the petitioner. */
export function messageStatusText(message: { status: MessageStatus; sentToDevInbox: boolean }): string {
  return message.status === 'SENT' && message.sentToDevInbox ? '已发送（开发收件箱）' : MessageStatusLabel[message.status];
}

export function messageStatusColor(status: MessageStatus): string {
  return status === 'SENT' ? 'green' : status === 'FAILED' ? 'red' : 'blue';
}

export function mayResend(roles: readonly Role[], status: MessageStatus): boolean {
  return status === 'FAILED' && roles.some((role) => MESSAGE_RESENDER_ROLES.includes(role));
}
