import type { EntityMetadata } from 'typeorm';

/**
 * Entities written as JSON rows: `INSERT INTO <table> (<columns>) SELECT <columns> FROM
 * jsonb_populate_record(set)(NULL::<table>, $1::jsonb)` takes whole rows in one parameter, where the
 * ORM's insert builds a placeholder and a conversion per column on every call.
 */
export function entityRow(metadata: EntityMetadata, entity: object): Record<string, unknown> {
  return Object.fromEntries(metadata.columns.map((column) => [column.databaseName, column.getEntityValue(entity)]));
}

/** The columns an entity maps, for the lists of such an INSERT (the table may have more: generated ones). */
export function entityColumnList(metadata: EntityMetadata): string {
  return metadata.columns.map((column) => column.databaseName).join(', ');
}
