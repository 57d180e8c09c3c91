import { describe, expect, it } from '@jest/globals';
import { executeTogether } from '../sql.js';

describe('executeTogether', () => {
  const capture = () => {
    const calls: { sql: string; params?: unknown[] }[] = [];
    return { calls, runner: { query: async (sql: string, params?: unknown[]) => void calls.push({ sql, params }) } };
  };

  it('sends several statements as the CTEs of one, renumbering their parameters', async () => {
    const { calls, runner } = capture();
    await executeTogether(runner, [
      { sql: 'INSERT INTO a VALUES ($1, $2)', params: [1, 2] },
      { sql: 'INSERT INTO b SELECT $1 WHERE $2 = $1', params: ['x', 'y'] },
    ]);
    expect(calls).toEqual([
      { sql: 'WITH s0 AS (INSERT INTO a VALUES ($1, $2)),\ns1 AS (INSERT INTO b SELECT $3 WHERE $4 = $3) SELECT 1', params: [1, 2, 'x', 'y'] },
    ]);
  });

  it('sends a single statement as it is, and nothing for none', async () => {
    const { calls, runner } = capture();
    await executeTogether(runner, []);
    await executeTogether(runner, [{ sql: 'DELETE FROM a WHERE id = $1', params: [7] }]);
    expect(calls).toEqual([{ sql: 'DELETE FROM a WHERE id = $1', params: [7] }]);
  });
});
