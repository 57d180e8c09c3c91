// `node --import <this file>`: lets a plain Node process (here, a worker thread started from a
// Jest test) run the TypeScript sources the way Jest does, without a build.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
