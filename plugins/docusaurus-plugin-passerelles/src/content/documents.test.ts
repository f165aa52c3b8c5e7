import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {buildKnowledgeBase} from '../pipeline';
import {documentsFromFolder, duplicateDocIds, maxDocumentBytes, readDocumentText} from './documents';

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'passerelles-documents-'));
  const written = path.join(folder, name);
  await writeFile(written, content);
  return written;
}

describe('readDocumentText', () => {
  it('gives the text of a UTF-8 file as it is, byte-order mark and line endings kept', async () => {
    expect(readDocumentText(await file('a.md', '\uFEFF---\r\ntitle: Été\r\n---\r\n'))).toEqual({text: '\uFEFF---\r\ntitle: Été\r\n---\r\n'});
  });

  it('refuses a file over the limit without reading it, with its size', async () => {
    const size = maxDocumentBytes + 1;
    expect(readDocumentText(await file('gros.md', new Uint8Array(size).fill(0x61)))).toEqual({text: '', unreadable: {rule: 'file-too-large', size, limit: maxDocumentBytes}});
  });

  it('tells a binary file, Latin-1 text (with its line), UTF-16 text and an empty file apart', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(readDocumentText(await file('image.md', png)).unreadable).toEqual({rule: 'file-binary'});
    const latin1 = Buffer.from('---\ntitle: ok\nsummary: r\xe9sum\xe9\n---\n', 'latin1');
    expect(readDocumentText(await file('latin1.md', latin1)).unreadable).toEqual({rule: 'file-encoding', line: 3});
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Titre\n', 'utf16le')]);
    expect(readDocumentText(await file('utf16.md', utf16)).unreadable).toEqual({rule: 'file-encoding', line: 1});
    expect(readDocumentText(await file('vide.md', ' \n\t\n')).unreadable).toEqual({rule: 'file-empty'});
  });

  it('says why a file cannot be read', async () => {
    expect(readDocumentText(path.join(os.tmpdir(), 'passerelles-no-such-file.md')).unreadable).toEqual({rule: 'file-unreadable', detail: 'ENOENT'});
  });
});

describe('unreadable documents in the pipeline', () => {
  it('are problems of their file, in the locale asked, and never parsed', async () => {
    const folder = path.dirname(await file('vide.md', ''));
    await writeFile(path.join(folder, 'latin1.md'), Buffer.from('# R\xe9sum\xe9\n', 'latin1'));
    const documents = await documentsFromFolder(path.dirname(folder), path.basename(folder));
    const {problems} = buildKnowledgeBase({documents, taxonomy: {taxonomy: fixtureTaxonomy(), problems: []}, timeZone: 'Europe/Brussels', locale: 'nl'});
    const at = (name: string) => `${path.basename(folder)}/${name}`;
    expect(problems).toEqual([
      {severity: 'error', file: at('latin1.md'), line: 1, rule: 'file-encoding', message: expect.stringContaining('geen UTF-8')},
      {severity: 'error', file: at('vide.md'), rule: 'file-empty', message: expect.stringContaining('het bestand is leeg')},
    ]);
  });
});

describe('duplicateDocIds', () => {
  it('finds two docs with one id from their names and id lines, as the docs plugin would, and nothing else', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-ids-'));
    await mkdir(path.join(siteDir, 'docs', 'vignettes'), {recursive: true});
    const vignette = (front: string) => `---\nkind: vignette\n${front}---\n\nTexte.\n`;
    await writeFile(path.join(siteDir, 'docs', 'vignettes', '01-soir.md'), vignette(''));
    await writeFile(path.join(siteDir, 'docs', 'vignettes', 'soir.md'), vignette(''));
    await writeFile(path.join(siteDir, 'docs', 'vignettes', 'copie.md'), vignette('id: "soir"\n'));
    await writeFile(path.join(siteDir, 'docs', 'vignettes', 'autre.md'), vignette('title: "id: soir"\n'));
    await writeFile(path.join(siteDir, 'docs', 'soir.md'), vignette(''));
    expect(duplicateDocIds(siteDir, 'docs', 'en')).toEqual([
      {severity: 'error', file: 'docs/vignettes/copie.md', field: 'id', rule: 'duplicate-id', message: 'id "vignettes/soir" is already used by docs/vignettes/01-soir.md'},
      {severity: 'error', file: 'docs/vignettes/soir.md', field: 'id', rule: 'duplicate-id', message: 'id "vignettes/soir" is already used by docs/vignettes/01-soir.md'},
    ]);
    expect(duplicateDocIds(siteDir, 'absent', 'en')).toEqual([]);
  });
});

describe('documentsFromFolder: ids', () => {
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
