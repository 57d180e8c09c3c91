// Module hooks for register.mjs: `#common/*` and `./x.js` resolve to the TypeScript sources,
// which are compiled with the same swc settings as Jest (test/swc-options.js).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';
import { swcOptions } from '../../../../../../test/swc-options.js';

const ROOT = new URL('../../../../../../', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('#common/')) {
    return { url: new URL(`libs/common/src/${specifier.slice('#common/'.length)}/index.ts`, ROOT).href, shortCircuit: true };
  }
  if (/^\.{1,2}\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const source = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(source))) return { url: source.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
