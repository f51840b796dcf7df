'use strict';

// Browser tests: the real dev host page (and the shipped bundle) in the system Chromium, driven by
// playwright-core against the emulator on a fresh temporary data directory. `npm run test:e2e`.
const base = require('./jest.config.js').projects[0];

module.exports = {
  rootDir: __dirname,
  displayName: 'e2e',
  testEnvironment: 'node',
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  testTimeout: 180000,
  maxWorkers: 1
};
