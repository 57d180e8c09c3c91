import DataLoader from 'dataloader';
import { groupBy } from '../collections/index.js';

// One map holds the loaders of every key and value type; a loader's name fixes its types.
const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one GraphQL request (keyed by its context object), so a
 * list that fans out to a relation costs one query per relation, not one per row.
 */
export function requestLoader<K, V>(requestContext: object, name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  let byName = loaders.get(requestContext);
  if (!byName) {
    byName = new Map();
    loaders.set(requestContext, byName);
  }
  let loader = byName.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    byName.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by the requested keys; missing (or invisible) rows become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups batch results under the requested keys, for one-to-many relations; a key with none gets []. */
export function grouped<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const index = groupBy(rows, keyOf);
  return keys.map((key) => index.get(key) ?? []);
}
