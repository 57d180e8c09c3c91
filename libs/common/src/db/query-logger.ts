import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/** Longest statement text a line carries. */
const MAX_QUERY_CHARS = 500;

interface DatabaseError {
  code?: string;
  constraint?: string;
  table?: string;
}

/**
 * TypeORM's logger: only failed statements, as the statement's text with its SQLSTATE and
 * constraint. Never the parameters, nor the server's message or detail, which quote the values
 * (an ID number, a phone) of the row that failed.
 */
export class QueryErrorLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQueryError(error: string | Error, query: string): void {
    const { code, constraint, table } = typeof error === 'string' ? ({} as DatabaseError) : (error as DatabaseError);
    this.logger.warn({ msg: 'query failed', code, constraint, table, query: query.slice(0, MAX_QUERY_CHARS) });
  }

  logQuery(): void {}

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
