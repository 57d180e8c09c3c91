import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SupergraphCompositionError } from '../apps/gateway/src/supergraph/compose.js';
import { loadSubgraphDefinitions } from '../apps/gateway/src/supergraph/subgraphs.js';
import { SUPERGRAPH_FILE } from '../apps/gateway/src/supergraph/supergraph-file.js';

/**
 * `npm run supergraph` (after `npm run build`): starts each subgraph's HTTP module in-process
 * (their database and Redis must be reachable), composes their SDL and writes the gateway's
 * checked-in supergraph.
 */
const relative = path.relative(process.cwd(), SUPERGRAPH_FILE);
let supergraph: string;
try {
  supergraph = composeSupergraph(await loadSubgraphDefinitions());
} catch (error) {
  if (!(error instanceof SupergraphCompositionError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (existsSync(SUPERGRAPH_FILE) && readFileSync(SUPERGRAPH_FILE, 'utf8') === supergraph) {
  console.log(`supergraph: ${relative} is up to date`);
} else {
  writeFileSync(SUPERGRAPH_FILE, supergraph);
  console.log(`supergraph: wrote ${relative}`);
}
