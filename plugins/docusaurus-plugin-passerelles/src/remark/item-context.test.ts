import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import remarkItemContext, {type MdastNode as Node} from './item-context';
import {itemDataFileName, pluginName} from './item-data';

async function siteWithItem(data: unknown = {}): Promise<{docPath: string}> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-remark-'));
  const docPath = path.join(siteDir, 'docs', 'vignette.md');
  const dataFile = path.join(siteDir, '.docusaurus', pluginName, 'default', itemDataFileName(docPath));
  await mkdir(path.dirname(dataFile), {recursive: true});
  await writeFile(dataFile, JSON.stringify(data));
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
    remarkItemContext({inlineData: false})(root, {path: docPath, data: {frontMatter: {kind: 'vignette'}}});
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

  it('writes the item data into the page in a production build, as JavaScript that gives the data back', async () => {
    const data = {item: {title: 'Une "citation", un \\ et </script>', summary: 'accents é, ligne\u2028séparée'}, seeAlso: [{id: 'x', themes: []}]};
    const {docPath} = await siteWithItem(data);
    const root = tree();
    remarkItemContext({inlineData: true})(root, {path: docPath, data: {frontMatter: {kind: 'vignette'}}});
    const declaration = root.children?.[0];
    expect(declaration?.type).toBe('mdxjsEsm');
    expect(declaration?.value).not.toContain('@generated/');
    // MDX prints the node's syntax tree, not its text: print it the same way and run it.
    const {toJs} = await import('estree-util-to-js');
    const estree = (declaration?.data as {estree: Parameters<typeof toJs>[0]}).estree;
    const code = toJs(estree).value;
    expect(code).toMatch(/^const __passerellesItem = JSON\.parse\(/);
    expect(vm.runInNewContext(`${code}\n__passerellesItem`)).toEqual(data);
  });

  it('imports the item data by default outside production builds', async () => {
    const {docPath} = await siteWithItem();
    const root = tree();
    remarkItemContext()(root, {path: docPath, data: {frontMatter: {kind: 'vignette'}}});
    expect(root.children?.[0]?.value).toBe(`import __passerellesItem from "@generated/${pluginName}/default/${itemDataFileName(docPath)}"`);
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
