import { createRequire } from 'node:module';
import pg from 'pg';

/** One statement as the pg client sent it: its text and its parameters as the server received them (text form, or null). */
export interface CapturedStatement {
  text: string;
  params: (string | null)[];
}

const require = createRequire(import.meta.url);
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (value: unknown) => unknown };

/** A parameter in the text form PostgreSQL parses (pg sends Buffers in binary; bytea also reads them as `\x…`). */
function asText(value: unknown): string | null {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return null;
  return Buffer.isBuffer(prepared) ? `\\x${prepared.toString('hex')}` : String(prepared);
}

/**
 * Wraps `pg.Client.prototype.query` in this process until the first committed transaction that
 * inserts a case has been seen, and answers the parent's `{ capturedRegistration: true }` with its
 * statements (`START TRANSACTION` … `COMMIT`, in order) over IPC. The wrapper is removed once it has
 * them, so the load after the probe runs the unwrapped client.
 */
export function captureFirstRegistration(): void {
  const original = pg.Client.prototype.query;
  const open = new WeakMap<object, CapturedStatement[]>();
  let captured: CapturedStatement[] | null = null;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) {
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text;
    const raw = Array.isArray(values) ? values : ((config as { values?: unknown[] })?.values ?? []);
    if (typeof text === 'string') {
      if (/^\s*(START TRANSACTION|BEGIN)\b/i.test(text)) open.set(this, []);
      const statements = open.get(this);
      if (statements) {
        statements.push({ text, params: raw.map(asText) });
        if (/^\s*(COMMIT|ROLLBACK)\b/i.test(text)) {
          open.delete(this);
          if (/^\s*COMMIT/i.test(text) && statements.some((s) => /INSERT INTO "?cases"?\."?cases"?[\s(]/.test(s.text))) {
            captured = statements;
            pg.Client.prototype.query = original;
          }
        }
      }
    }
    return (original as (...args: unknown[]) => unknown).call(this, config, values, callback);
  } as typeof original;
  process.on('message', (message: { capturedRegistration?: boolean }) => {
    if (message?.capturedRegistration) process.send!({ capturedRegistration: captured });
  });
}
