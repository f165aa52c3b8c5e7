#!/usr/bin/env node
// `passerelles-check`: see src/cli/standalone.ts. This file is not compiled, so that it exists when npm
// links it at install time, before `npm run build` writes lib/.
const {runStandaloneCheck} = require('../lib/cli/standalone.js');

runStandaloneCheck(process.argv.slice(2), process.cwd()).then((code) => {
  process.exitCode = code;
});
