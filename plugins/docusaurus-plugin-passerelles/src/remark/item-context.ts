/**
 * A remark plugin for the docs: on the page of an item (a document with a
 * `kind`), it imports the data the build wrote for it and renders
 * <PasserellesItemHeader> after the title and <PasserellesItemFooter> at the end.
 * The data is per page, so no page carries the whole knowledge base.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {itemDataFileName, itemDataModule, pluginName} from './item-data';
import {importNode, jsonConstNode, type EsTreeNode, type MdastNode} from './mdx-nodes';

export type {MdastNode} from './mdx-nodes';

export interface ItemContextOptions {
  /** Id of the Passerelles plugin instance (default: "default"). */
  pluginId?: string;
  /**
   * Write the item's data into the page's module (default: in production builds) rather than import it.
   * Webpack's cost is per module: with one more module per page, bundling the 2,000-item site of
   * `bench/generate.ts` took 127 s instead of 109 s. The dev server imports the file, so that a page
   * is reloaded when the build rewrites its data (another item's title changed, say).
   */
  inlineData?: boolean;
}

interface VFileLike {
  path?: string;
  data: {frontMatter?: Record<string, unknown>};
}

const dataIdentifier = '__passerellesItem';

function componentNode(name: string): MdastNode {
  const expression: EsTreeNode = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name: dataIdentifier}}],
    comments: [],
  };
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: 'context',
        value: {type: 'mdxJsxAttributeValueExpression', value: dataIdentifier, data: {estree: expression}},
      },
    ],
    children: [],
  };
}

/** The site's generated files folder (`.docusaurus`), found upwards from a document. */
function findGeneratedFilesDir(from: string): string | undefined {
  let directory = path.dirname(from);
  for (;;) {
    const candidate = path.join(directory, '.docusaurus');
    if (existsSync(path.join(candidate, pluginName))) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export default function remarkItemContext(options: ItemContextOptions = {}) {
  const pluginId = options.pluginId ?? 'default';
  const inlineData = options.inlineData ?? process.env.NODE_ENV === 'production';
  return (tree: MdastNode, file: VFileLike): void => {
    const kind = file.data.frontMatter?.kind;
    if (typeof kind !== 'string' || file.path === undefined) return;
    const generatedFilesDir = findGeneratedFilesDir(file.path);
    // Older versions of versioned docs are not indexed: they have no data and keep their plain page.
    if (generatedFilesDir === undefined) return;
    const dataFile = path.join(generatedFilesDir, pluginName, pluginId, itemDataFileName(file.path));
    if (!existsSync(dataFile)) return;

    const children = tree.children ?? [];
    const titleIndex = children.findIndex((node) => node.type !== 'mdxjsEsm');
    const afterTitle = children[titleIndex]?.type === 'heading' && children[titleIndex]?.depth === 1 ? titleIndex + 1 : Math.max(titleIndex, 0);
    children.splice(afterTitle, 0, componentNode('PasserellesItemHeader'));
    children.push(componentNode('PasserellesItemFooter'));
    children.unshift(
      inlineData ? jsonConstNode(dataIdentifier, readFileSync(dataFile, 'utf8')) : importNode(dataIdentifier, itemDataModule(pluginId, file.path)),
      importNode('PasserellesItemHeader', '@theme/PasserellesItemHeader'),
      importNode('PasserellesItemFooter', '@theme/PasserellesItemFooter'),
    );
    tree.children = children;
  };
}
