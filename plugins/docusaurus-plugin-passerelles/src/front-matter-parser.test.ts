import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER as defaultParseFrontMatter} from '@docusaurus/utils';
import {letThroughProblems, passerellesParseFrontMatter} from './front-matter-parser';

const parse = (fileContent: string, filePath = 'docs/x.md') => passerellesParseFrontMatter({filePath, fileContent, defaultParseFrontMatter});

describe('passerellesParseFrontMatter', () => {
  it('makes "status: brouillon" a Docusaurus draft, and leaves other pages as they are', async () => {
    expect((await parse('---\nstatus: brouillon\n---\nTexte')).frontMatter).toEqual({status: 'brouillon', draft: true});
    expect((await parse('---\nstatus: relu\n---\nTexte')).frontMatter).toEqual({status: 'relu'});
    // An author's explicit choice wins.
    expect((await parse('---\nstatus: brouillon\ndraft: false\n---\nTexte')).frontMatter).toEqual({status: 'brouillon', draft: false});
  });

  it('lets a front matter that does not parse, or is a list, through empty: the plugin names it with the others', async () => {
    expect(await parse('---\nkind: vignette\nthemes: [migration\n---\n\nTexte.\n')).toEqual({frontMatter: {}, content: '\nTexte.\n'});
    expect((await parse('---\n- kind: vignette\n---\n\nTexte.\n')).frontMatter).toEqual({});
  });

  it('leaves out of an item the Docusaurus fields Docusaurus would refuse, and keeps them on other pages', async () => {
    const text = '---\nkind: vignette\ntitle: [un, titre]\ntags: migration\nsidebar_position: 2\n---\n';
    expect((await parse(text)).frontMatter).toEqual({kind: 'vignette', sidebar_position: 2});
    expect((await parse('---\ntags: migration\n---\n')).frontMatter).toEqual({tags: 'migration'});
  });

  it('names the files it let through that the knowledge base does not read, such as a blog post', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-parser-'));
    await mkdir(path.join(siteDir, 'blog'));
    const post = path.join(siteDir, 'blog', 'billet.md');
    const doc = path.join(siteDir, 'docs', 'page.md');
    await writeFile(post, '---\ntitle: "Un billet\n---\n');
    await parse('---\ntitle: "Un billet\n---\n', post);
    await parse('---\ntitle: [x\n---\n', doc);
    const problems = await letThroughProblems(siteDir, [{file: 'docs/page.md', text: '', id: 'page', permalink: '/docs/page'}], 'en');
    expect(problems).toEqual([
      {severity: 'error', file: 'blog/billet.md', line: 2, rule: 'yaml', message: 'the front matter is not valid YAML: a quote is opened and never closed'},
    ]);
  });
});
