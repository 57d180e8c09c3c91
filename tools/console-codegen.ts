import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSupergraph } from '../apps/gateway/src/supergraph/supergraph-file.js';
import { consoleApiSchema, printConsoleApiSchema, printEnumLabels } from './console/api-schema.js';
import { CODEGEN_BIN, CONSOLE_CODEGEN_CONFIG, CONSOLE_GENERATED_DIR } from './console/paths.js';

/**
 * `npm run codegen:console`: the console's API schema and enum labels from the checked-in
 * supergraph, then the typed operations (GraphQL Code Generator, client preset). Run it after
 * `npm run supergraph` or after changing an operation in apps/console; a test fails when stale.
 */
const schema = consoleApiSchema(readSupergraph());
writeFileSync(path.join(CONSOLE_GENERATED_DIR, 'schema.graphql'), printConsoleApiSchema(schema));
writeFileSync(path.join(CONSOLE_GENERATED_DIR, 'labels.ts'), printEnumLabels(schema));
const codegen = spawnSync(process.execPath, [CODEGEN_BIN, '-c', CONSOLE_CODEGEN_CONFIG], { stdio: 'inherit' });
process.exit(codegen.status ?? 1);
