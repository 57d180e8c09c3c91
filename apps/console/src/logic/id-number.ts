import { parseResidentId } from '../../../../libs/common/src/pii/resident-id';

/** What an ID-number field says while the clerk types: nothing yet, an early mistake, or the verdict. */
export type IdNumberFeedback = { status: 'empty' | 'typing' | 'ok' } | { status: 'error'; message: string };

/**
 * Checks a resident ID number (GB 11643) as it is typed: a wrong character shows at once, the
 * full check (address code, birth date, check character) runs when 18 characters are in. The
 * full check is the server's own function, so field and server never disagree.
 */
export function idNumberFeedback(input: string, now: Date = new Date()): IdNumberFeedback {
  const value = input.trim().toUpperCase();
  if (value === '') return { status: 'empty' };
  if (value.length > 18) return { status: 'error', message: '身份证号码长度应为18位' };
  if (!/^\d{0,17}$/.test(value.slice(0, 17)) || (value.length === 18 && !/^[\dX]$/.test(value[17]))) {
    return { status: 'error', message: '身份证号码前17位应为数字，最后一位应为数字或X' };
  }
  if (value.length < 18) return { status: 'typing' };
  const result = parseResidentId(value, now);
  return result.ok ? { status: 'ok' } : { status: 'error', message: result.message };
}

/** An antd Form rule: rejects a finished or wrongly started number, lets an empty optional field pass. */
export function idNumberValidator(_rule: unknown, value: string | undefined): Promise<void> {
  const feedback = idNumberFeedback(value ?? '');
  if (feedback.status === 'error') return Promise.reject(new Error(feedback.message));
  if (feedback.status === 'typing') return Promise.reject(new Error('身份证号码长度应为18位'));
  return Promise.resolve();
}
