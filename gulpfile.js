'use strict';

const build = require('@microsoft/sp-build-web');

// Tests run under jest (npm test), not `gulp test`; the SPFx toolchain only builds and packages.
build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// The web part's AMD factory in parentheses, so V8 compiles it off the main thread (issue 21;
// scripts/build/eagerFactory.js says why). Production builds only: their output is minified.
const { EagerFactoryPlugin } = require('./scripts/build/eagerFactory');
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    if (config.mode === 'production') config.plugins = [...(config.plugins || []), new EagerFactoryPlugin()];
    return config;
  }
});

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
