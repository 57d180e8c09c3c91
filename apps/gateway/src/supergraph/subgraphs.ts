import type { DynamicModule } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import type { SubgraphDefinition } from './compose.js';

interface SubgraphSource {
  name: string;
  /** Written into the supergraph file only; the gateway takes the real URL from its environment. */
  url: string;
  /** Imported lazily: only composition needs the subgraphs' code, never the running gateway. */
  module: () => Promise<DynamicModule>;
}

export const SUBGRAPH_SOURCES: readonly SubgraphSource[] = [
  {
    name: 'cases',
    url: 'http://cases.internal/graphql',
    module: async () => (await import('../../../cases/src/cases.module.js')).CasesModule.forRoot(),
  },
  {
    name: 'meetings',
    url: 'http://meetings.internal/graphql',
    module: async () => (await import('../../../meetings/src/meetings.module.js')).MeetingsModule.forRoot(),
  },
  {
    name: 'assessment',
    url: 'http://assessment.internal/graphql',
    module: async () => (await import('../../../assessment/src/assessment.module.js')).AssessmentModule.forRoot(),
  },
];

/** How to start the SDL worker: the built script by default; tests run the sources. */
export interface WorkerLaunch {
  script: URL;
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

const WORKER_EXIT_GRACE_MS = 10_000;

const BUILT_WORKER: WorkerLaunch = { script: new URL('./subgraph-sdl.worker.js', import.meta.url) };

/**
 * One subgraph's SDL, read in a worker thread of its own. `@nestjs/graphql` keeps code-first
 * type metadata in a process-wide store, so a second subgraph built in the same module graph
 * would also print the first one's types.
 */
export function readSubgraphSdl(name: string, launch: WorkerLaunch = BUILT_WORKER): Promise<string> {
  return new Promise((resolve, reject) => {
    let sdl: string | undefined;
    const worker = new Worker(launch.script, { workerData: { name }, execArgv: launch.execArgv, env: launch.env ?? process.env });
    worker.once('message', (message: string) => {
      sdl = message;
      // Let the thread end by itself: stopping it while native code still runs (the cases
      // subgraph hashes a password at start) aborts the whole process. Only a thread kept
      // alive by some forgotten handle is stopped.
      setTimeout(() => void worker.terminate(), WORKER_EXIT_GRACE_MS).unref();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (sdl !== undefined) resolve(sdl);
      else reject(new Error(`the ${name} subgraph's SDL worker exited with code ${code} before answering`));
    });
  });
}

/** Every subgraph's current SDL, one worker after another. */
export async function loadSubgraphDefinitions(launch?: WorkerLaunch): Promise<SubgraphDefinition[]> {
  const definitions: SubgraphDefinition[] = [];
  for (const { name, url } of SUBGRAPH_SOURCES) {
    definitions.push({ name, url, typeDefs: await readSubgraphSdl(name, launch) });
  }
  return definitions;
}
