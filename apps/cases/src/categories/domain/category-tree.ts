/** The fields of a category the tree order and the full name depend on. */
export interface CategoryNodeFields {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  ordinal: number;
  active: boolean;
}

export type Placed<T> = T & {
  /** The names from the top level down, joined by “/”, e.g. 城乡建设/房屋征收. */
  fullName: string;
  /** The names from the top level down, e.g. ["城乡建设", "房屋征收"]. */
  path: string[];
  /** 0 for a top-level category. */
  depth: number;
  /** Active itself and under active parents only: what a new case may be filed under. */
  usable: boolean;
};

export const FULL_NAME_SEPARATOR = '/';

/** Siblings are numbered 10, 20, 30 …, leaving room to slot new ones in between. */
export const ORDINAL_STEP = 10;

/**
 * A category tree as a flat list in tree order: each node followed by its subtree, siblings by
 * ordinal, then code. Deactivating a node takes its whole subtree out of use.
 */
export function inTreeOrder<T extends CategoryNodeFields>(nodes: readonly T[]): Placed<T>[] {
  const children = new Map<string | null, T[]>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  const placed: Placed<T>[] = [];
  const visit = (parentId: string | null, above: string[], depth: number, parentUsable: boolean) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.ordinal - b.ordinal || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const node of siblings) {
      const path = [...above, node.name];
      const usable = parentUsable && node.active;
      placed.push({ ...node, fullName: path.join(FULL_NAME_SEPARATOR), path, depth, usable });
      visit(node.id, path, depth + 1, usable);
    }
  };
  visit(null, [], 0, true);
  return placed;
}

/** The province (root tenant) path of any tenant path: the category tree lives there. */
export function provincePathOf(tenantPath: string): string {
  return tenantPath.split('.')[0];
}
