/** Where the test build of the demo site is, and where it is served: written by the global setup, read by the tests. */
import {readFileSync} from 'node:fs';
import path from 'node:path';

export interface TestSite {
  buildDir: string;
  baseUrl: string;
  serverPid: number;
  /** False when PASSERELLES_TEST_BUILD_DIR reused a build made elsewhere, perhaps without the fake secrets. */
  builtWithFakeSecrets: boolean;
}

export const siteDir = path.resolve(__dirname, '..', '..');

/** One state file per checkout, so that two checkouts testing at once never share a server. */
export const stateFile = path.join(siteDir, 'node_modules', '.cache', 'passerelles-test-site.json');

/** The date the test build splits upcoming from past offers with. */
export const testBuildDate = '2026-11-20T00:00:00Z';

/**
 * Fake secrets in the environment of the test build, as a deployment would have
 * them: none may reach any file of the build. Their names say they are secret;
 * the Algolia admin key is the one the search sync needs.
 */
export const fakeSecrets: Readonly<Record<string, string>> = {
  ALGOLIA_ADMIN_API_KEY: 'fake-algolia-admin-key-5d1c9e',
  GITHUB_TOKEN: 'ghp_fakeTokenForTheTestBuild0042',
  DEPLOY_PASSWORD: 'fake-deploy-password-7b2f',
  PASSERELLES_PRIVATE_NOTE_SECRET: 'fake-private-note-secret-19af',
};

export function testSite(): TestSite {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as TestSite;
}

