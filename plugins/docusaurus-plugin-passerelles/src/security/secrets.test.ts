import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {secretsInBuild, secretsOf} from './secrets';

describe('secretsOf', () => {
  it('takes the variables whose name says they are secret, long enough to be one', () => {
    const secrets = secretsOf({
      ALGOLIA_ADMIN_API_KEY: 'admin-key-0123456789',
      ALGOLIA_SEARCH_API_KEY: 'public-search-key-0123',
      DEPLOY_TOKEN: 'short',
      DB_PASSWORD: ' a-long-password ',
      HOME: '/root',
    });
    expect(secrets).toEqual([
      {name: 'ALGOLIA_ADMIN_API_KEY', value: 'admin-key-0123456789'},
      {name: 'DB_PASSWORD', value: 'a-long-password'},
    ]);
  });
});

describe('secretsInBuild', () => {
  it('finds a secret in any file of the build, calendars, tables and binaries included', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-secrets-'));
    const secret = 'admin-key-0123456789';
    await mkdir(path.join(outDir, 'offres'), {recursive: true});
    await writeFile(path.join(outDir, 'offres.ics'), `BEGIN:VCALENDAR\r\nX-NOTE:${secret}\r\nEND:VCALENDAR\r\n`);
    await writeFile(path.join(outDir, 'offres', 'table.csv'), `id,note\r\na,${secret}\r\n`);
    await writeFile(path.join(outDir, 'logo.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]), Buffer.from(secret)]));
    await writeFile(path.join(outDir, '.well-known'), 'nothing to see');
    await writeFile(path.join(outDir, 'index.html'), '<p>rien</p>');

    const problems = await secretsInBuild(outDir, [{name: 'ALGOLIA_ADMIN_API_KEY', value: secret}], 'en');

    const folder = path.basename(outDir);
    expect(problems.map((problem) => problem.file)).toEqual([`${folder}/logo.png`, `${folder}/offres.ics`, `${folder}/offres/table.csv`]);
    expect(problems[0]).toMatchObject({severity: 'error', rule: 'secret-in-build'});
    expect(problems[0]?.message).toContain('ALGOLIA_ADMIN_API_KEY');
    expect(problems[0]?.message).not.toContain(secret);
  });
});
