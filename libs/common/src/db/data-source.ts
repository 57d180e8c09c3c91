import type { Type } from '@nestjs/common';
import { PreparingClient } from './prepared-statements.js';
import { QueryErrorLogger } from './query-logger.js';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema, type MigrationInterface } from 'typeorm';

// Entities and migrations are passed as classes, never as globs: ESM cannot require() files.
type EntityList = MixedList<Type | string | EntitySchema>;

export interface ServiceDatabase {
  /** Short service name; also the name of its migrations table (`migrations_<name>`). */
  name: string;
  entities: EntityList;
  migrations: Type<MigrationInterface>[];
}

export function dataSourceOptions(url: string, service: ServiceDatabase, poolSize = 10, { preparedStatements = true } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: service.entities,
    migrations: service.migrations,
    migrationsTableName: `migrations_${service.name}`,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed statements only, without their parameters: these carry personal data.
    logging: ['error', 'warn'],
    logger: new QueryErrorLogger(),
    // The services' recurring statements are prepared once per connection (see PreparingClient).
    extra: { max: poolSize, application_name: `petition-${service.name}`, ...(preparedStatements ? { Client: PreparingClient } : {}) },
  };
}

export function createDataSource(url: string, service: ServiceDatabase, poolSize?: number, options?: { preparedStatements?: boolean }): DataSource {
  return new DataSource(dataSourceOptions(url, service, poolSize, options));
}
