import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSupergraph } from '../apps/gateway/src/supergraph/supergraph-file.js';
import { consoleApiSchema, printConsoleApiSchema, printEnumLabels } from '../tools/console/api-schema.js';
import { CODEGEN_BIN, CONSOLE_CODEGEN_CONFIG, CONSOLE_GENERATED_DIR, TEST_CODEGEN_CONFIG } from '../tools/console/paths.js';

const STALE = 'stale: run `npm run codegen:console` and commit apps/console/src/gql';
const TESTS_STALE = 'stale: run `npm run codegen:tests` and commit test/gql';

// The console's types are checked in; they must be what the supergraph and its operations give.
describe('console generated types', () => {
  const schema = consoleApiSchema(readSupergraph());

  it('hold the API schema of the checked-in supergraph', () => {
    const file = readFileSync(path.join(CONSOLE_GENERATED_DIR, 'schema.graphql'), 'utf8');
    expect({ current: file === printConsoleApiSchema(schema), hint: STALE }).toEqual({ current: true, hint: STALE });
    expect(file).not.toContain('@join__');
  });

  it('hold the enum labels of the schema', () => {
    const file = readFileSync(path.join(CONSOLE_GENERATED_DIR, 'labels.ts'), 'utf8');
    expect({ current: file === printEnumLabels(schema), hint: STALE }).toEqual({ current: true, hint: STALE });
    expect(file).toContain('REGISTRAR: "登记员"');
  });

  it('hold the typed operations of the console (GraphQL Code Generator --check)', () => {
    const run = spawnSync(process.execPath, [CODEGEN_BIN, '--check', '-c', CONSOLE_CODEGEN_CONFIG], { encoding: 'utf8' });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}`, hint: STALE }).toEqual({ status: 0, output: '', hint: STALE });
  }, 60_000);

  it("hold the tests' typed documents (GraphQL Code Generator --check)", () => {
    const run = spawnSync(process.execPath, [CODEGEN_BIN, '--check', '-c', TEST_CODEGEN_CONFIG], { encoding: 'utf8' });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}`, hint: TESTS_STALE }).toEqual({
      status: 0,
      output: '',
      hint: TESTS_STALE,
    });
  }, 60_000);
});
