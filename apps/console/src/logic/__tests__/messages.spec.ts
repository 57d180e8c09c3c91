import { describe, expect, it } from '@jest/globals';
import { mayResend, messageStatusText } from '../messages';

describe('message status as staff read it', () => {
  it('says a message the development inbox took was not sent to the petitioner', () => {
    expect(messageStatusText({ status: 'SENT', sentToDevInbox: true })).toBe('已发送（开发收件箱）');
    expect(messageStatusText({ status: 'SENT', sentToDevInbox: false })).toBe('已发送');
    expect(messageStatusText({ status: 'FAILED', sentToDevInbox: false })).toBe('发送失败（重试用尽）');
  });

  it('offers 重新发送 only on a failed message, to registrars and handlers', () => {
    expect(mayResend(['REGISTRAR'], 'FAILED')).toBe(true);
    expect(mayResend(['HANDLER'], 'FAILED')).toBe(true);
    expect(mayResend(['TENANT_ADMIN', 'LEADER'], 'FAILED')).toBe(false);
    expect(mayResend(['REGISTRAR'], 'SENT')).toBe(false);
  });
});
