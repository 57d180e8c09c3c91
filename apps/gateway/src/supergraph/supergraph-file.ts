import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module that holds package.json. Found by
 * walking up so the same code works from the sources (tests) and from dist/ (production).
 */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The checked-in supergraph, composed at build time by `npm run supergraph`. */
export const SUPERGRAPH_FILE = path.join(repoRoot(), 'apps', 'gateway', 'supergraph.graphql');

export function readSupergraph(file: string = SUPERGRAPH_FILE): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run supergraph\``);
  return readFileSync(file, 'utf8');
}
