/** Whether the tenant path `path` is `ancestor` or lies below it: ltree's `path <@ ancestor`. */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || isStrictlyWithin(path, ancestor);
}

/** Whether the tenant path `path` lies strictly below `ancestor`. */
export function isStrictlyWithin(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}.`);
}
