// Prints one subgraph's SDL in a thread of its own: see readSubgraphSdl in subgraphs.ts.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { loadSubgraphSdl } from './compose.js';
import { SUBGRAPH_SOURCES } from './subgraphs.js';

const { name } = workerData as { name: string };
const source = SUBGRAPH_SOURCES.find((candidate) => candidate.name === name);
if (!source) throw new Error(`unknown subgraph ${name}`);
parentPort!.postMessage(await loadSubgraphSdl(await source.module()));
