'use strict';

const build = require('@microsoft/sp-build-web');

// Tests run under jest (npm test), not `gulp test`; the SPFx toolchain only builds and packages.
build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
