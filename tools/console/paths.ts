import path from 'node:path';
import { REPO_ROOT } from '../../apps/gateway/src/repo-root.js';

export const CONSOLE_ROOT = path.join(REPO_ROOT, 'apps', 'console');
/** Checked-in output of `npm run codegen:console`. */
export const CONSOLE_GENERATED_DIR = path.join(CONSOLE_ROOT, 'src', 'gql');
export const CONSOLE_CODEGEN_CONFIG = path.join(CONSOLE_ROOT, 'codegen.yml');
/** The tests' typed documents (test/gql), against the console's API schema. */
export const TEST_CODEGEN_CONFIG = path.join(REPO_ROOT, 'test', 'codegen.yml');
export const CODEGEN_BIN = path.join(REPO_ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
