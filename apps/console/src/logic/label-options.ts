/** Select and radio options from a generated label map, in the map's order; `only` keeps some of them. */
export function labelOptions<K extends string>(labels: Record<K, string>, only?: readonly K[]): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).filter((value) => !only || only.includes(value)).map((value) => ({ value, label: labels[value] }));
}
