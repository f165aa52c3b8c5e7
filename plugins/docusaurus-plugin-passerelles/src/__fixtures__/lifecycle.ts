/** Runs the real docs plugin and the Passerelles plugin on a fixture site, recording what the plugin creates. */
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import docsPlugin, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import pluginPasserelles, {validateOptions, type Options} from '../index';

export interface LifecycleRun {
  routes: RouteConfig[];
  data: Map<string, unknown>;
  globalData: unknown;
}

export async function loadFixtureContext(siteDir: string, locale?: string): Promise<LoadContext> {
  const {loadContext} = require('@docusaurus/core/lib/server/site') as {
    loadContext: (params: {siteDir: string; locale?: string}) => Promise<LoadContext>;
  };
  return loadContext(locale === undefined ? {siteDir} : {siteDir, locale});
}

export async function runLifecycle(context: LoadContext, options: Options = {}): Promise<LifecycleRun> {
  const docsOptions = validateDocsOptions({
    validate: normalizePluginOptions as never,
    options: {path: 'docs', sidebarPath: false},
  });
  const docs = (await docsPlugin(context, docsOptions)) as Plugin<unknown>;
  const docsContent = await docs.loadContent?.();

  const plugin = pluginPasserelles(context, validateOptions({validate: normalizePluginOptions as never, options}));
  const run: LifecycleRun = {routes: [], data: new Map(), globalData: undefined};
  await plugin.allContentLoaded?.({
    allContent: {'docusaurus-plugin-content-docs': {default: docsContent}},
    actions: {
      addRoute: (route) => run.routes.push(route),
      createData: async (name, data) => {
        // Data files are JSON; the search box's loaders are a generated JS module, kept as text.
        run.data.set(name, typeof data === 'string' && name.endsWith('.json') ? JSON.parse(data) : data);
        return `/generated/${name}`;
      },
      setGlobalData: (data) => {
        run.globalData = data;
      },
    },
  });
  return run;
}
