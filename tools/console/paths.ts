import path from 'node:path';
import { repoRoot } from '../../apps/gateway/src/supergraph/supergraph-file.js';

export const CONSOLE_ROOT = path.join(repoRoot(), 'apps', 'console');
/** Checked-in output of `npm run codegen:console`. */
export const CONSOLE_GENERATED_DIR = path.join(CONSOLE_ROOT, 'src', 'gql');
export const CONSOLE_CODEGEN_CONFIG = path.join(CONSOLE_ROOT, 'codegen.yml');
export const CODEGEN_BIN = path.join(repoRoot(), 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
