import { existsSync } from 'node:fs';
import { afterAll, beforeAll, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { composeSupergraph } from '../compose.js';
import { loadSubgraphDefinitions, type WorkerLaunch } from '../subgraphs.js';
import { readSupergraph, SUPERGRAPH_FILE } from '../supergraph-file.js';

/**
 * The checked-in supergraph must be what the subgraphs compose to now. Each subgraph runs from
 * its sources in a worker thread of its own, as `npm run supergraph` runs the built code.
 */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, index) => text !== got[index]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1}: composed ${JSON.stringify(want[at] ?? '<end of file>')}, file has ${JSON.stringify(got[at] ?? '<end of file>')}`;
}

it('apps/gateway/supergraph.graphql is what the subgraphs compose to', async () => {
  const launch: WorkerLaunch = {
    script: new URL('../subgraph-sdl.worker.ts', import.meta.url),
    execArgv: ['--import', new URL('./ts-loader/register.mjs', import.meta.url).href],
    env: { ...process.env, DATABASE_URL: database.adminUrl },
  };
  const composed = composeSupergraph(await loadSubgraphDefinitions(launch));
  const checkedIn = existsSync(SUPERGRAPH_FILE) ? readSupergraph() : '';
  if (composed !== checkedIn) {
    throw new Error(
      `apps/gateway/supergraph.graphql is stale; run \`npm run build && npm run supergraph\` and commit the file ` +
        `(${firstDifference(composed, checkedIn)})`,
    );
  }
}, 180_000);
