/**
 * The remark plugin of the Passerelles directives, for docs and blog pages:
 * `:theme[…]`, `:::situation`, `:::questions`, `:::objectifs`,
 * `::offres{theme=…}`, `::vignette{id=…}` become swizzlable theme components.
 * A directive of the family used wrongly stops the build at its line.
 * Docusaurus' MDX loader parses directive syntax already (admonitions use it).
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {directivesDataFileName, offerListFileName, vignetteCardFileName, type DirectivesData} from '../directives/data';
import {resolveDirective, type DirectiveType, type ResolvedDirective} from '../directives/resolve';
import {pluginName} from './item-data';
import {importNode, jsxElement, type MdastNode} from './mdx-nodes';

export interface DirectivesOptions {
  /** Id of the Passerelles plugin instance (default: "default"). */
  pluginId?: string;
}

interface VFileLike {
  path?: string;
  fail(reason: string, place?: unknown, origin?: string): never;
}

const directiveTypes = new Set<string>(['textDirective', 'leafDirective', 'containerDirective']);

/** The data file of the build, read again only when the build rewrites it. */
const cache = new Map<string, {mtimeMs: number; data: DirectivesData}>();

function readDirectivesData(docPath: string, pluginId: string): DirectivesData | undefined {
  for (let directory = path.dirname(docPath); ; directory = path.dirname(directory)) {
    const file = path.join(directory, '.docusaurus', pluginName, pluginId, directivesDataFileName);
    if (existsSync(file)) {
      const {mtimeMs} = statSync(file);
      const cached = cache.get(file);
      if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.data;
      const data = JSON.parse(readFileSync(file, 'utf8')) as DirectivesData;
      cache.set(file, {mtimeMs, data});
      return data;
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function textOf(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

const componentOf: Record<ResolvedDirective['directive'], string> = {
  theme: 'PasserellesThemeLink',
  section: 'PasserellesSection',
  offres: 'PasserellesOfferList',
  vignette: 'PasserellesVignetteCard',
};

export default function remarkPasserellesDirectives(options: DirectivesOptions = {}) {
  const pluginId = options.pluginId ?? 'default';
  return (tree: MdastNode, file: VFileLike): void => {
    if (file.path === undefined) return;
    let data: DirectivesData | undefined;
    const imports = new Map<string, string>();
    const importOnce = (local: string, source: string): string => {
      imports.set(local, source);
      return local;
    };

    const transform = (node: MdastNode): MdastNode => {
      if (node.children !== undefined) node.children = node.children.map(transform);
      if (!directiveTypes.has(node.type) || node.name === undefined) return node;
      data ??= readDirectivesData(file.path ?? '', pluginId);
      if (data === undefined) return node;
      const resolution = resolveDirective(
        {type: node.type as DirectiveType, name: node.name, label: textOf(node), attributes: (node.attributes ?? {}) as Record<string, string | null | undefined>},
        {taxonomy: data.taxonomy, vignetteIds: new Set(data.vignetteIds), locale: data.locale},
      );
      if ('notOurs' in resolution) return node;
      if ('problem' in resolution) return file.fail(resolution.problem.message, node, `passerelles:${resolution.problem.rule}`);
      const {resolved} = resolution;
      const component = importOnce(componentOf[resolved.directive], `@theme/${componentOf[resolved.directive]}`);
      switch (resolved.directive) {
        case 'theme': {
          const theme = data.themes[resolved.id];
          return jsxElement(false, component, {to: theme?.permalink ?? '', theme: resolved.id, title: theme?.label ?? resolved.id}, [{type: 'text', value: resolved.label}]);
        }
        case 'section':
          return jsxElement(true, component, {section: resolved.section}, (node.children ?? []).filter((child) => !(child.data as {directiveLabel?: boolean} | undefined)?.directiveLabel));
        case 'offres': {
          const list = importOnce(`__passerellesOffers_${resolved.theme.replace(/-/g, '_')}`, `@generated/${pluginName}/${pluginId}/${offerListFileName(resolved.theme)}`);
          return jsxElement(true, component, {list: {variable: list}, limit: resolved.limit, ...(resolved.kind === undefined ? {} : {kind: resolved.kind})});
        }
        case 'vignette': {
          const card = importOnce(`__passerellesVignette_${imports.size}`, `@generated/${pluginName}/${pluginId}/${vignetteCardFileName(resolved.id)}`);
          return jsxElement(true, component, {vignette: {variable: card}});
        }
      }
    };

    transform(tree);
    if (imports.size > 0) tree.children = [...[...imports].map(([local, source]) => importNode(local, source)), ...(tree.children ?? [])];
  };
}
