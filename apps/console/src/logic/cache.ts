import { InMemoryCache, type FieldMergeFunction, type StoreObject } from '@apollo/client';

/**
 * A case's running clocks carry no id, so the cache cannot tell them apart by one: the case page and
 * its notices card ask for different fields of them, and each answer used to replace the list the
 * other had read, leaving it incomplete. Apollo then read that query again from the network and the
 * case page showed its spinner meanwhile, unmounting whatever step form was open. The list now
 * follows the latest answer, each clock keeping the fields the other query read for the same stage
 * and holder.
 */
const mergeClocks: FieldMergeFunction = (existing: readonly StoreObject[] | undefined, incoming: readonly StoreObject[], { readField, mergeObjects }) =>
  incoming.map((clock) => {
    const key = (c: StoreObject) => `${String(readField('stage', c))} ${String(readField('holder', c))}`;
    const same = existing?.find((old) => key(old) === key(clock));
    return same ? mergeObjects(same, clock) : clock;
  });

/** The console's Apollo cache. */
export function consoleCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: { Case: { fields: { runningClocks: { merge: mergeClocks } } } } });
}
