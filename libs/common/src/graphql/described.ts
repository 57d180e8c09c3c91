/**
 * The `valuesMap` of `registerEnumType` from an enum's Chinese labels: every value is described
 * with its term, as the schema's enums are (see the GraphQL conventions).
 */
export function described<T extends string>(labels: Readonly<Record<T, string>>): Record<T, { description: string }> {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label as string }])) as Record<T, { description: string }>;
}
