import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {documentsFromFolder} from './documents';

describe('documentsFromFolder', () => {
  it('gives the ids the docs plugin gives: folder and file name without number prefix, or the id of the front matter', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-documents-'));
    await mkdir(path.join(siteDir, 'docs', 'vignettes'), {recursive: true});
    await writeFile(path.join(siteDir, 'docs', 'vignettes', '02-la-nuit.md'), '---\nkind: vignette\ntitle: "Valide, sans id"\n---\n\nTexte.\n');
    await writeFile(path.join(siteDir, 'docs', 'vignettes', 'ancien-nom.md'), '---\ntitle: x\n"id": nouveau-nom\n---\n');
    await writeFile(path.join(siteDir, 'docs', 'intro.md'), 'Sans front matter.\n');
    const documents = await documentsFromFolder(siteDir, 'docs');
    expect(documents.map(({file, id, permalink}) => ({file, id, permalink}))).toEqual([
      {file: 'docs/intro.md', id: 'intro', permalink: '/docs/intro'},
      {file: 'docs/vignettes/02-la-nuit.md', id: 'vignettes/la-nuit', permalink: '/docs/vignettes/la-nuit'},
      {file: 'docs/vignettes/ancien-nom.md', id: 'vignettes/nouveau-nom', permalink: '/docs/vignettes/nouveau-nom'},
    ]);
  });
});
