import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repo-root.js';

/** The checked-in supergraph, composed at build time by `npm run supergraph`. */
export const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'apps', 'gateway', 'supergraph.graphql');

export function readSupergraph(file: string = SUPERGRAPH_FILE): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run supergraph\``);
  return readFileSync(file, 'utf8');
}
