#!/usr/bin/env node
/** The `passerelles-check` program: see standalone.ts. */
import {runStandaloneCheck} from './standalone';

void runStandaloneCheck(process.argv.slice(2), process.cwd()).then((code) => {
  process.exitCode = code;
});
