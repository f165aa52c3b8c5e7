// @orama/stemmers ships one ESM declaration file for both its `import` and `require`
// entries, which TypeScript then refuses in CommonJS code; the CommonJS entry works.
declare module '@orama/stemmers/french' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/dutch' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/english' {
  export function stemmer(word: string): string;
}

// The search index the plugin writes with createData, imported lazily by the search box.
declare module '@generated/docusaurus-plugin-passerelles/default/search-index.json' {
  import type {SearchIndexData} from '../shared/search/types';

  const data: SearchIndexData;
  export default data;
}

declare module '@generated/docusaurus-plugin-passerelles/default/search-themes.json' {
  import type {SearchThemesData} from '../shared/search/backend';

  const data: SearchThemesData;
  export default data;
}

declare module '@generated/docusaurus-plugin-passerelles/default/search-text-loaders.js' {
  import type {TextShardData} from '../shared/search/engine';

  const loaders: ReadonlyArray<() => Promise<{default: TextShardData}>>;
  export default loaders;
}
