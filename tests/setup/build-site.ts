/**
 * Builds the demo site once for the site tests (all locales, with an injected
 * build date) and serves it on a free loopback port with `docusaurus serve`.
 * PASSERELLES_TEST_BUILD_DIR reuses a build made earlier, for quick local runs.
 */
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fakeSecrets, siteDir, stateFile, testBuildDate, type TestSite} from './site';

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the test site did not answer at ${url}`);
}

export default async function buildSite(): Promise<void> {
  let buildDir = process.env.PASSERELLES_TEST_BUILD_DIR;
  const builtWithFakeSecrets = buildDir === undefined || buildDir === '';
  if (buildDir === undefined || buildDir === '') {
    buildDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'passerelles-build-')), 'build');
    const build = spawnSync(process.execPath, [docusaurusBin, 'build', '--out-dir', buildDir], {
      cwd: siteDir,
      env: {...process.env, ...fakeSecrets, PASSERELLES_BUILD_DATE: testBuildDate, NODE_ENV: 'production'},
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (build.status !== 0) {
      throw new Error(`the demo site does not build:\n${build.stdout}\n${build.stderr}`);
    }
  }
  const port = await freePort();
  const server = spawn(process.execPath, [docusaurusBin, 'serve', '--dir', buildDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: siteDir,
    stdio: 'ignore',
    detached: true,
  });
  server.unref();
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/`, Date.now() + 30_000);
  const state: TestSite = {buildDir, baseUrl, serverPid: server.pid ?? 0, builtWithFakeSecrets};
  mkdirSync(path.dirname(stateFile), {recursive: true});
  writeFileSync(stateFile, JSON.stringify(state));
}
