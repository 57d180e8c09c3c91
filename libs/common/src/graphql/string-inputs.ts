import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, Kind, visit, type DocumentNode, type OperationDefinitionNode, type ValueNode, type VariableDefinitionNode } from 'graphql';
import { invalidField } from '../errors/index.js';

const NUL = '\u0000';

type Path = (string | number)[];

/** `input.petitioners[0].name`: the argument path as a client names the field. */
export function formatInputPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function inJson(value: unknown, path: Path): Path | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = inJson(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      const found = inJson(item, [...path, name]);
      if (found) return found;
    }
  }
  return null;
}

function inLiteral(
  node: ValueNode,
  path: Path,
  variables: Readonly<Record<string, unknown>>,
  definitions: ReadonlyMap<string, VariableDefinitionNode>,
): Path | null {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes(NUL) ? path : null;
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const found = inLiteral(item, [...path, i], variables, definitions);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = inLiteral(field.value, [...path, field.name.value], variables, definitions);
        if (found) return found;
      }
      return null;
    case Kind.VARIABLE: {
      // A variable is named by the argument it fills, so a client finds the field whatever it called the variable.
      const name = node.name.value;
      if (Object.hasOwn(variables, name)) return inJson(variables[name], path);
      const fallback = definitions.get(name)?.defaultValue;
      return fallback ? inLiteral(fallback, path, variables, definitions) : null;
    }
    default:
      return null;
  }
}

/**
 * The path of the first argument value holding a NUL byte — in a literal or a variable, inside
 * input objects and lists, of any scalar (String, ID, dates, enums) — or null. PostgreSQL cannot
 * store a NUL in text, so such a value can never be meant.
 */
export function findNulByte(document: DocumentNode, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> = {}): string | null {
  const definitions = new Map((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]));
  const executed = [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)];
  for (const definition of executed) {
    const found: Path[] = [];
    visit(definition, {
      Argument(argument) {
        const path = inLiteral(argument.value, [argument.name.value], variables, definitions);
        if (!path) return undefined;
        found.push(path);
        return BREAK;
      },
    });
    if (found.length) return formatInputPath(found[0]);
  }
  return null;
}

/** Refuses an operation whose inputs hold a NUL byte, as VALIDATION naming the field, before anything runs. */
export function forbidNulBytesPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const field = findNulByte(document, operation, request.variables ?? {});
          if (field) throw invalidField(field, `“${field}”含有不允许的空字符（NUL），请删除后重试`);
        },
      };
    },
  };
}
