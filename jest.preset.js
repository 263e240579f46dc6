// Shared jest settings: TypeScript through swc (decorator metadata on), workspace aliases resolved.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        swcrc: false,
        sourceMaps: 'inline',
        module: { type: 'commonjs', ignoreDynamic: true },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
        },
      },
    ],
  },
  // ESM-only packages reached from CommonJS (Node 20 requires them natively; jest's runtime does not).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^@steward/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@steward/notifications$': path.join(root, 'libs/notifications/src/index.ts'),
    '^@steward/migrations$': path.join(root, 'migrations/index.ts'),
  },
};
