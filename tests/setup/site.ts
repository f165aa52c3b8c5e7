/** Where the test build of the demo site is, and where it is served: written by the global setup, read by the tests. */
import {readFileSync} from 'node:fs';
import path from 'node:path';

export interface TestSite {
  buildDir: string;
  baseUrl: string;
  serverPid: number;
}

export const siteDir = path.resolve(__dirname, '..', '..');

/** One state file per checkout, so that two checkouts testing at once never share a server. */
export const stateFile = path.join(siteDir, 'node_modules', '.cache', 'passerelles-test-site.json');

/** The date the test build splits upcoming from past offers with. */
export const testBuildDate = '2026-11-20T00:00:00Z';

export function testSite(): TestSite {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as TestSite;
}

