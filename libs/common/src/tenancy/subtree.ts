/**
 * The tenant tree's paths (`ltree` labels joined by dots) as Node compares them: the same answer
 * as PostgreSQL's `<@`, which the row-level policies use.
 */

/** Whether `path` is `ancestor` or lies below it (ltree `path <@ ancestor`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || isStrictlyWithin(path, ancestor);
}

/** Whether `path` lies strictly below `ancestor`. */
export function isStrictlyWithin(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}.`);
}
