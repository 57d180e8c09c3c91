import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import type { Role } from './roles.js';

export interface Operation {
  resolver: string;
  method: string;
  type: 'Query' | 'Mutation' | 'Subscription';
  /** The declared roles, `public`, or null when the operation declares nothing. */
  access: readonly Role[] | 'public' | null;
}

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => unknown };

/**
 * Every query, mutation and subscription reachable from a root module, with the access it
 * declares (`@Roles`, `@AnyRole` or `@Public`). Walks the module graph statically, so it needs
 * no database.
 */
export async function operationsOf(root: ModuleRef): Promise<Operation[]> {
  const seen = new Set<unknown>();
  const providerClasses = new Set<Type<unknown>>();

  const visit = async (ref: ModuleRef | undefined): Promise<void> => {
    if (!ref) return;
    const module = ref instanceof Promise ? await ref : 'forwardRef' in ref ? (ref.forwardRef() as ModuleRef) : ref;
    if (seen.has(module)) return;
    seen.add(module);
    const dynamic = typeof module === 'function' ? null : (module as DynamicModule);
    const cls = (typeof module === 'function' ? module : dynamic?.module) as Type<unknown>;
    const providers: Provider[] = [...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, cls) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      const type = typeof provider === 'function' ? provider : 'useClass' in provider ? provider.useClass : null;
      if (type) providerClasses.add(type);
    }
    const imports: ModuleRef[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) ?? []), ...((dynamic?.imports as ModuleRef[]) ?? [])];
    for (const child of imports) await visit(child);
  };
  await visit(root);

  const operations: Operation[] = [];
  for (const resolver of providerClasses) {
    const prototype = resolver.prototype as object;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      // Descriptors, not property reads: some providers have getters that throw before init.
      const handler = Object.getOwnPropertyDescriptor(prototype, method)?.value;
      if (typeof handler !== 'function') continue;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const access = Reflect.getMetadata(PUBLIC_KEY, handler) === true ? 'public' : (Reflect.getMetadata(ROLES_KEY, handler) ?? null);
      operations.push({ resolver: resolver.name, method, type, access });
    }
  }
  return operations;
}
