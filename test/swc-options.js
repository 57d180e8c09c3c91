// How TypeScript sources are compiled when run without a build: by Jest, and by the loader that
// lets a worker thread started from a test run them (apps/gateway/src/supergraph/__tests__/ts-loader).
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
