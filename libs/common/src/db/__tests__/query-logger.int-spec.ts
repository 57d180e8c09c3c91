import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger, type LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { createDataSource } from '../data-source.js';

const ID_NUMBER = '11010519491231002X';

/** What the services' logger was handed, each call's arguments as one entry. */
const written: unknown[][] = [];
const recorder: LoggerService = {
  log: (...args) => written.push(['log', ...args]),
  warn: (...args) => written.push(['warn', ...args]),
  error: (...args) => written.push(['error', ...args]),
};

describe('the database’s log', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }).initialize();
    Logger.overrideLogger(recorder);
  });

  afterAll(async () => {
    Logger.overrideLogger(false);
    await dataSource?.destroy();
    await db?.drop();
  });

  it('names a failed statement by its text and SQLSTATE, never its parameters or the server’s message quoting them', async () => {
    await expect(dataSource.query('SELECT $1::uuid AS id', [ID_NUMBER])).rejects.toThrow(/invalid input syntax/);
    expect(written).toEqual([['warn', expect.objectContaining({ msg: 'query failed', code: '22P02', query: 'SELECT $1::uuid AS id' }), 'Database']]);
    expect(JSON.stringify(written)).not.toContain(ID_NUMBER);
  });

  it('logs nothing of statements that succeed', async () => {
    written.length = 0;
    await dataSource.query('SELECT $1::text AS t', [ID_NUMBER]);
    expect(written).toEqual([]);
  });
});
