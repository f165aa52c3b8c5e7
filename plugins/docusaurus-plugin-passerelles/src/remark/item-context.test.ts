import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import remarkItemContext, {type MdastNode as Node} from './item-context';
import {itemDataFileName, pluginName} from './item-data';

async function siteWithItem(): Promise<{docPath: string}> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-remark-'));
  const docPath = path.join(siteDir, 'docs', 'vignette.md');
  const dataFile = path.join(siteDir, '.docusaurus', pluginName, 'default', itemDataFileName(docPath));
  await mkdir(path.dirname(dataFile), {recursive: true});
  await writeFile(dataFile, '{}');
  return {docPath};
}

const tree = (): Node => ({
  type: 'root',
  children: [
    {type: 'heading', depth: 1, children: [{type: 'text', value: 'Titre'}]},
    {type: 'paragraph', children: [{type: 'text', value: 'Texte'}]},
  ],
});

describe('remarkItemContext', () => {
  it('imports the item data and places the header after the title and the footer at the end', async () => {
    const {docPath} = await siteWithItem();
    const root = tree();
    remarkItemContext()(root, {path: docPath, data: {frontMatter: {kind: 'vignette'}}});
    const children = root.children ?? [];
    expect(children.map((node) => node.name ?? node.type)).toEqual([
      'mdxjsEsm',
      'mdxjsEsm',
      'mdxjsEsm',
      'heading',
      'PasserellesItemHeader',
      'paragraph',
      'PasserellesItemFooter',
    ]);
    expect(children[0]?.value).toBe(`import __passerellesItem from "@generated/${pluginName}/default/${itemDataFileName(docPath)}"`);
    expect(children[1]?.value).toBe('import PasserellesItemHeader from "@theme/PasserellesItemHeader"');
  });

  it('leaves pages without kind, and items the build wrote no data for, untouched', async () => {
    const {docPath} = await siteWithItem();
    const plain = tree();
    remarkItemContext()(plain, {path: docPath, data: {frontMatter: {title: 'x'}}});
    expect(plain).toEqual(tree());
    const otherVersion = tree();
    remarkItemContext()(otherVersion, {path: path.join(path.dirname(docPath), 'old.md'), data: {frontMatter: {kind: 'vignette'}}});
    expect(otherVersion).toEqual(tree());
  });
});
