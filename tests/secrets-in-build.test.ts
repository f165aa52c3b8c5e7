/**
 * The demo site is built with fake secrets in its environment (tests/setup/site.ts),
 * as a deployment has its Algolia admin key and tokens: no file of the build may
 * carry one, in any form a page could leak it.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {safeGlobby} from '@docusaurus/utils';
import {fakeSecrets, testSite} from './setup/site';

/** The forms a leaked value would take in a file: as is, URL-encoded, base64. */
function leakForms(value: string): string[] {
  return [value, encodeURIComponent(value), Buffer.from(value).toString('base64')];
}

const {builtWithFakeSecrets} = testSite();
// A build reused through PASSERELLES_TEST_BUILD_DIR may have been made without the fake secrets.
const whenBuiltHere = builtWithFakeSecrets ? it : it.skip;

describe('the build of the demo site with secrets in its environment', () => {
  whenBuiltHere('has none of them in any of its files', async () => {
    const {buildDir} = testSite();
    const files = await safeGlobby(['**/*'], {cwd: buildDir, dot: true});
    expect(files.length).toBeGreaterThan(300);
    const leaks: string[] = [];
    for (const file of files) {
      const bytes = await readFile(path.join(buildDir, file));
      for (const [name, value] of Object.entries(fakeSecrets)) {
        if (leakForms(value).some((form) => bytes.includes(form))) leaks.push(`${file}: ${name}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
