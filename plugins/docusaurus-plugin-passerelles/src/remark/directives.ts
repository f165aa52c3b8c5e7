/**
 * The remark plugin of the Passerelles directives, for docs and blog pages:
 * `:theme[…]`, `:::situation`, `:::questions`, `:::objectifs`,
 * `::offres{theme=…}`, `::vignette{id=…}` become swizzlable theme components.
 * A directive of the family used wrongly stops the build at its line.
 * Docusaurus' MDX loader parses directive syntax already (admonitions use it).
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import {directivesDataFileName, offerListFileName, vignetteCardFileName, type DirectivesData} from '../directives/data';
import {directiveInput, isDirective, isDirectiveLabel, resolveDirective, type ResolvedDirective} from '../directives/resolve';
import {formatProblem} from '../model/problems';
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

interface SiteData {
  /** The site the page belongs to: the folder of the `.docusaurus` the build wrote the data in. */
  siteDir: string;
  data: DirectivesData;
  vignetteIds: ReadonlySet<string>;
}

/** The data file of the build, read again only when the build rewrites it. */
const cache = new Map<string, {mtimeMs: number; site: SiteData}>();

function readDirectivesData(docPath: string, pluginId: string): SiteData | undefined {
  for (let directory = path.dirname(docPath); ; directory = path.dirname(directory)) {
    const file = path.join(directory, '.docusaurus', pluginName, pluginId, directivesDataFileName);
    if (existsSync(file)) {
      const {mtimeMs} = statSync(file);
      const cached = cache.get(file);
      if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.site;
      const data = JSON.parse(readFileSync(file, 'utf8')) as DirectivesData;
      const site = {siteDir: directory, data, vignetteIds: new Set(data.vignetteIds)};
      cache.set(file, {mtimeMs, site});
      return site;
    }
    if (path.dirname(directory) === directory) return undefined;
  }
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
    const docPath = file.path;
    if (docPath === undefined) return;
    let site: SiteData | undefined;
    const imports = new Map<string, string>();
    const importOnce = (local: string, source: string): string => {
      imports.set(local, source);
      return local;
    };

    const transform = (node: MdastNode): MdastNode => {
      if (node.children !== undefined) node.children = node.children.map(transform);
      if (!isDirective(node)) return node;
      site ??= readDirectivesData(docPath, pluginId);
      if (site === undefined) return node;
      const {data, vignetteIds} = site;
      const resolution = resolveDirective(directiveInput(node), {taxonomy: data.taxonomy, vignetteIds, locale: data.locale});
      if ('notOurs' in resolution) return node;
      if ('problem' in resolution) {
        // Docusaurus prints the reason first and the position deep in its details: the reason says where, as passerelles:check does.
        const start = node.position?.start;
        const reason = formatProblem({
          severity: 'error',
          file: posixPath(path.relative(site.siteDir, docPath)),
          ...(start === undefined ? {} : {line: start.line, column: start.column}),
          ...resolution.problem,
        });
        return file.fail(reason, node, `passerelles:${resolution.problem.rule}`);
      }
      const {resolved} = resolution;
      const component = importOnce(componentOf[resolved.directive], `@theme/${componentOf[resolved.directive]}`);
      switch (resolved.directive) {
        case 'theme': {
          const theme = data.themes[resolved.id];
          return jsxElement(false, component, {to: theme?.permalink ?? '', theme: resolved.id, title: theme?.label ?? resolved.id}, [{type: 'text', value: resolved.label}]);
        }
        case 'section':
          return jsxElement(true, component, {section: resolved.section}, (node.children ?? []).filter((child) => !isDirectiveLabel(child)));
        case 'offres': {
          const list = importOnce(`__passerellesOffers_${resolved.theme.replace(/-/g, '_')}`, `@generated/${pluginName}/${pluginId}/${offerListFileName(resolved.theme)}`);
          return jsxElement(true, component, {list: {variable: list}, limit: resolved.limit, ...(resolved.kind === undefined ? {} : {kind: resolved.kind})});
        }
        case 'vignette': {
          const cardFile = vignetteCardFileName(resolved.id);
          const card = importOnce(`__passerellesVignette_${path.posix.basename(cardFile, '.json')}`, `@generated/${pluginName}/${pluginId}/${cardFile}`);
          return jsxElement(true, component, {vignette: {variable: card}});
        }
      }
    };

    transform(tree);
    if (imports.size > 0) tree.children = [...[...imports].map(([local, source]) => importNode(local, source)), ...(tree.children ?? [])];
  };
}
