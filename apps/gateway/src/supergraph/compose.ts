import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse } from 'graphql';

export interface SubgraphDefinition {
  /** The subgraph's name in the supergraph; the gateway picks the runtime URL by it. */
  name: string;
  url: string;
  typeDefs: string;
}

export class SupergraphCompositionError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`supergraph composition failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  }
}

/** Composes subgraph SDLs into a supergraph SDL; throws with every composition error listed. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): string {
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: parse(typeDefs) })));
  if (result.errors) throw new SupergraphCompositionError(result.errors.map((error) => error.message));
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The federation SDL of an initialised Nest subgraph application. */
export function subgraphSdlOf(app: INestApplicationContext): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return printSubgraphSchema(schema);
}

/**
 * Starts a subgraph's HTTP module in-process without listening, reads its SDL and closes it.
 * Initialising the module is the only way to get the code-first schema, so its database and
 * Redis must be reachable.
 */
export async function loadSubgraphSdl(module: Type | DynamicModule): Promise<string> {
  const app = await NestFactory.create(module, { logger: ['error', 'warn'], abortOnError: false });
  try {
    await app.init();
    return subgraphSdlOf(app);
  } finally {
    await app.close();
  }
}
