import {testSite} from './site';

export default async function stopServer(): Promise<void> {
  const {serverPid} = testSite();
  try {
    // The server was started detached: end its whole process group.
    process.kill(-serverPid);
  } catch {
    // already gone
  }
}
