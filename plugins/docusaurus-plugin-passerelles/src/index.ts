/**
 * Lifecycle wiring only: read the docs plugin's content, run the pipeline,
 * hand its results to createData / addRoute. The logic lives in the modules.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {generatedDataRule} from './bundling';
import {renderCalendarFilesApart} from './calendar/apart';
import {calendarLinks, planCalendars} from './calendar/files';
import {registerCommands} from './cli';
import {renderDataFiles} from './data/files';
import {documentsFromDocsContent, duplicateDocIds} from './content/documents';
import {buildGraph} from './graph/graph';
import {defaultCodeTranslations} from './i18n';
import {directivesDataFileName, offerListFileName, vignetteCardFileName} from './directives/data';
import {draftPolicyForBuild} from './drafts';
import {letThroughProblems} from './front-matter-parser';
import {loadKnowledgeBase} from './load';
import {isOffer} from './model/items';
import {toMessageLocale} from './model/messages';
import {sortProblems} from './model/problems';
import {resolveBuildDate, type PluginOptions} from './options';
import {itemDataFileName, pluginName} from './remark/item-data';
import {writePublishedFiles, type PublishedFile} from './published-files';
import {failOnErrors, printProblems} from './report';
import {otherLocalesFolders, writeContentSecurityPolicy} from './security/csp';
import {secretsInBuild, secretsInConfig, secretsOf} from './security/secrets';
import {catalogueProps} from './routes/catalogue';
import {concertationsTimeline} from './routes/concertations';
import {contributePageProps} from './routes/contribute';
import {mapPageProps} from './routes/map';
import {dataPageProps, dataTables} from './routes/data';
import {createSitePaths} from './routes/paths';
import {createPropsBuilder} from './routes/props';
import {structuresPageProps} from './routes/structures';
import {buildSearchIndex} from './search/build';
import {builtSearchIndexSegments, searchIndexDataName, searchTextLoadersModule, searchTextLoadersName, searchTextShardDataName, searchThemesDataName} from './search/files';
import type {SearchThemesData} from './shared/search/backend';
import type {PasserellesGlobalData} from './shared/global-data';
import type {ConcertationCard} from './shared/cards';

export {validateOptions} from './options';
export {default as getSwizzleConfig} from './swizzle';
export {passerellesParseFrontMatter} from './front-matter-parser';
export type {PluginOptions, Options} from './options';

export type {PasserellesGlobalData} from './shared/global-data';

export default function pluginPasserelles(context: LoadContext, options: PluginOptions): Plugin<void> {
  const {siteDir, siteConfig, i18n} = context;
  const paths = createSitePaths(siteConfig, options);
  const messageLocale = toMessageLocale(i18n.defaultLocale);
  const secrets = secretsOf(process.env);
  const configProblems = secretsInConfig(siteConfig, secrets, path.relative(siteDir, context.siteConfigPath) || 'docusaurus.config', messageLocale);
  printProblems(configProblems);
  failOnErrors(configProblems);
  // One date for the whole build of a locale: pages, data files and calendar stamps agree.
  const buildDate = resolveBuildDate(options);
  // What postBuild publishes next to the pages (search index, calendars, data files), made in allContentLoaded.
  // Kept as text: the objects they are made from (search engines, events, tables) would stay alive through
  // bundling and rendering, and every garbage collection of those would trace them again.
  let publishedFiles: readonly PublishedFile[] = [];

  return {
    name: pluginName,

    getThemePath() {
      // The components are built as ES modules (lib/esm), as webpack expects of theme code.
      return path.resolve(__dirname, './esm/theme');
    },
    getTypeScriptThemePath() {
      return path.resolve(__dirname, '..', 'src', 'theme');
    },
    getClientModules() {
      return [path.resolve(__dirname, '..', 'assets', 'passerelles.css')];
    },
    configureWebpack() {
      return {module: {rules: [generatedDataRule(context.generatedFilesDir)]}};
    },
    getPathsToWatch() {
      return [path.resolve(siteDir, options.taxonomyPath)];
    },
    getDefaultCodeTranslationMessages() {
      return Promise.resolve(defaultCodeTranslations(i18n.currentLocale));
    },

    loadContent() {
      // Runs before the docs plugin reads a file: it would stop on two docs with one id with a stack trace.
      const duplicates = duplicateDocIds(siteDir, options.docsPath, messageLocale);
      printProblems(duplicates);
      failOnErrors(duplicates);
      return Promise.resolve();
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.[options.docsPluginId] as DocsContent | undefined;
      if (docsContent === undefined) {
        throw new Error(`${pluginName}: no docs plugin with id "${options.docsPluginId}"; set the option docsPluginId.`);
      }
      const documents = await documentsFromDocsContent(docsContent, siteDir, paths.page);
      const knowledgeBase = await loadKnowledgeBase(siteDir, options, documents, messageLocale, draftPolicyForBuild());
      const problems = sortProblems([...knowledgeBase.problems, ...(await letThroughProblems(siteDir, documents, messageLocale))]);
      printProblems(problems);
      failOnErrors(problems);
      const {taxonomy} = knowledgeBase;
      if (taxonomy === undefined) return;

      const graph = buildGraph(knowledgeBase.items);
      const props = createPropsBuilder({
        taxonomy,
        graph,
        locale: i18n.currentLocale,
        paths,
        siteUrl: siteConfig.url,
        buildDate,
        seeAlsoCount: options.seeAlsoCount,
      });

      const globalData: PasserellesGlobalData = {searchPath: paths.search, timeZone: options.timeZone};
      if (options.algolia !== undefined) globalData.algolia = options.algolia;
      actions.setGlobalData(globalData);

      const calendars = planCalendars({
        offers: knowledgeBase.items.filter(isOffer),
        taxonomy,
        locale: i18n.currentLocale,
        paths,
        siteUrl: siteConfig.url,
        siteTitle: siteConfig.title,
      });
      // Rendered in a worker while this thread builds the search index and the pages' data.
      const calendarFiles = renderCalendarFilesApart(siteConfig.baseUrl, calendars, buildDate);
      // Awaited at the end; a failure meanwhile is reported there, not as an unhandled rejection.
      calendarFiles.catch(() => undefined);
      const searchIndex = buildSearchIndex({
        items: knowledgeBase.items,
        taxonomy,
        locale: i18n.currentLocale,
        themePermalink: paths.themeHub,
      });
      // The browser imports these lazily: webpack makes each a hashed chunk of its own, per locale.
      // The documents and themes come first; the text index comes in shards, each fetched when a query needs it.
      const {textShards = [], ...head} = searchIndex;
      await actions.createData(searchIndexDataName, JSON.stringify(head));
      await Promise.all(textShards.map((shard) => actions.createData(searchTextShardDataName(shard.shard), JSON.stringify(shard))));
      await actions.createData(searchTextLoadersName, searchTextLoadersModule(textShards.length));
      // In Algolia mode the browser needs only the themes, to match them locally.
      await actions.createData(searchThemesDataName, JSON.stringify({stopwords: searchIndex.stopwords, themes: searchIndex.themes} satisfies SearchThemesData));
      actions.addRoute({path: paths.search, component: '@theme/PasserellesSearchPage', exact: true});
      actions.addRoute({
        path: paths.contribute,
        component: '@theme/PasserellesContributePage',
        exact: true,
        modules: {contribute: await actions.createData('contribute.json', contributePageProps(taxonomy, i18n.currentLocale, paths, options))},
      });
      actions.addRoute({
        path: paths.catalogue,
        component: '@theme/PasserellesCataloguePage',
        exact: true,
        modules: {
          catalogue: await actions.createData(
            'catalogue.json',
            catalogueProps(knowledgeBase.items, {
              taxonomy,
              locale: i18n.currentLocale,
              buildDate,
              card: props.card,
              calendar: calendarLinks(siteConfig.url, paths.offersCalendar),
            }),
          ),
        },
      });
      actions.addRoute({
        path: paths.map,
        component: '@theme/PasserellesMapPage',
        exact: true,
        modules: {page: await actions.createData('map.json', mapPageProps(taxonomy, knowledgeBase.items, i18n.currentLocale, paths))},
      });

      const concertationCards = knowledgeBase.items.filter((item) => item.kind === 'concertation').map(props.card) as ConcertationCard[];
      actions.addRoute({
        path: paths.concertations,
        component: '@theme/PasserellesConcertationsPage',
        exact: true,
        modules: {timeline: await actions.createData('concertations.json', concertationsTimeline(concertationCards))},
      });
      const data = dataTables({items: knowledgeBase.items, taxonomy, locale: i18n.currentLocale, paths, buildDate, timeZone: options.timeZone});
      actions.addRoute({
        path: paths.data,
        component: '@theme/PasserellesDataPage',
        exact: true,
        modules: {data: await actions.createData('data-page.json', dataPageProps(data, context.baseUrl))},
      });

      actions.addRoute({
        path: paths.structures,
        component: '@theme/PasserellesStructuresPage',
        exact: true,
        modules: {structures: await actions.createData('structures.json', structuresPageProps(knowledgeBase.items, graph, props.card))},
      });
      actions.addRoute({
        path: paths.themesIndex,
        component: '@theme/PasserellesThemesPage',
        exact: true,
        modules: {index: await actions.createData('themes.json', props.themesIndex())},
      });
      await Promise.all(
        taxonomy.themes.map(async (theme) => {
          const hub = props.themeHub(theme);
          actions.addRoute({
            path: hub.theme.permalink,
            component: '@theme/PasserellesThemeHub',
            exact: true,
            modules: {hub: await actions.createData(`themes/${theme.id}.json`, hub)},
          });
        }),
      );
      await Promise.all(
        knowledgeBase.items.map((item) =>
          actions.createData(itemDataFileName(path.join(siteDir, item.file)), JSON.stringify(props.itemContext(item))),
        ),
      );
      // Read by the directives' remark plugin; the offer lists and vignette cards are imported by the pages that embed them.
      await actions.createData(directivesDataFileName, props.directives(knowledgeBase.items, messageLocale));
      await Promise.all(taxonomy.themes.map((theme) => actions.createData(offerListFileName(theme.id), props.offerList(theme))));
      await Promise.all(
        knowledgeBase.items.filter((item) => item.kind === 'vignette').map((item) => actions.createData(vignetteCardFileName(item.id), props.vignetteCard(item))),
      );
      publishedFiles = [
        {segments: builtSearchIndexSegments, content: JSON.stringify(searchIndex)},
        ...(await calendarFiles),
        ...renderDataFiles(data),
      ];
    },

    async postBuild({outDir}) {
      await writePublishedFiles(outDir, publishedFiles);
      if (options.contentSecurityPolicy !== false) {
        await writeContentSecurityPolicy(outDir, {
          sources: options.contentSecurityPolicy.sources,
          algolia: options.algolia,
          ignore: otherLocalesFolders(i18n, context.baseUrl),
        });
      }
      const leaks = await secretsInBuild(outDir, secrets, messageLocale);
      printProblems(leaks);
      failOnErrors(leaks);
    },

    extendCli(cli) {
      registerCommands(cli, context, options);
    },
  };
}
