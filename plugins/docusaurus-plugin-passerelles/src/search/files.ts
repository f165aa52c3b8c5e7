/** Where the search index is written: for the browser (generated data) and for the CLI and Algolia (the build). */
import path from 'node:path';

/** Name of the generated data file the search box imports lazily. */
export const searchIndexDataName = 'search-index.json';

/** Name of the generated data file with one shard of the text index, imported when a query needs it. */
export function searchTextShardDataName(shard: number): string {
  return `search-text-${shard}.json`;
}

/** Name of the generated module that lists one loader per text shard, so that webpack sees each import as written. */
export const searchTextLoadersName = 'search-text-loaders.js';

/** The loaders module: `export default [() => import('./search-text-0.json'), …]`, in shard order. */
export function searchTextLoadersModule(shardCount: number): string {
  const loaders = Array.from({length: shardCount}, (_, shard) => `  () => import(${JSON.stringify(`./${searchTextShardDataName(shard)}`)}),`);
  return ['export default [', ...loaders, '];', ''].join('\n');
}

/** Name of the generated data file the search box imports in Algolia mode: themes and function words only. */
export const searchThemesDataName = 'search-themes.json';

/** Where the index of one locale goes under its output folder. */
export const builtSearchIndexSegments: readonly string[] = ['passerelles', 'search-index.json'];

/** The index of one locale in a build: `build/passerelles/search-index.json`, `build/nl/passerelles/…`. */
export function builtSearchIndexPath(localeOutDir: string): string {
  return path.join(localeOutDir, ...builtSearchIndexSegments);
}
