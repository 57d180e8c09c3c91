import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSupergraph } from '../apps/gateway/src/supergraph/supergraph-file.js';
import { consoleApiSchema, printConsoleApiSchema, printEnumLabels } from './console/api-schema.js';
import { CODEGEN_BIN, CONSOLE_CODEGEN_CONFIG, CONSOLE_GENERATED_DIR, TEST_CODEGEN_CONFIG } from './console/paths.js';

/**
 * `npm run codegen:console`: the console's API schema and enum labels from the checked-in
 * supergraph, then the typed operations (GraphQL Code Generator, client preset) of the console and
 * of the tests, which share that schema. Run it after `npm run supergraph` or after changing an
 * operation in apps/console (`npm run codegen:tests` after changing only a test's); a test fails when stale.
 */
const schema = consoleApiSchema(readSupergraph());
writeFileSync(path.join(CONSOLE_GENERATED_DIR, 'schema.graphql'), printConsoleApiSchema(schema));
writeFileSync(path.join(CONSOLE_GENERATED_DIR, 'labels.ts'), printEnumLabels(schema));
for (const config of [CONSOLE_CODEGEN_CONFIG, TEST_CODEGEN_CONFIG]) {
  const codegen = spawnSync(process.execPath, [CODEGEN_BIN, '-c', config], { stdio: 'inherit' });
  if (codegen.status !== 0) process.exit(codegen.status ?? 1);
}
