'use strict';

// One test stack: jest. Three projects by kind of test; all run with `npm test`.
// @pnp/* ships ESM only, so it is transformed along with our TypeScript.
const transform = {
  '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: { warnOnly: false } }]
};
const transformIgnorePatterns = ['/node_modules/(?!(@pnp)/)'];
const moduleNameMapper = {
  // SPFx runtime packages are mocked in one place (docs/architecture.md, Tests).
  '^@microsoft/sp-core-library$': '<rootDir>/tests/__mocks__/sp-core-library.ts',
  '^@microsoft/sp-webpart-base$': '<rootDir>/tests/__mocks__/sp-webpart-base.ts',
  '^@microsoft/sp-property-pane$': '<rootDir>/tests/__mocks__/sp-property-pane.ts',
  '^UdviklingsaftalerWebPartStrings$': '<rootDir>/tests/__mocks__/strings.ts',
  '\\.(css|scss)$': '<rootDir>/tests/__mocks__/style.ts',
  // d3 (under @fluentui/react-charting) ships ESM (.mjs) for require too; its UMD builds load as CommonJS.
  '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js'
};

const common = { transform, transformIgnorePatterns, moduleNameMapper, rootDir: __dirname };

module.exports = {
  // A global option in jest 30 (per-project values are ignored): integration suites start an
  // emulator and write hundreds of items through HTTP.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/component/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/component.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts']
    }
  ]
};
