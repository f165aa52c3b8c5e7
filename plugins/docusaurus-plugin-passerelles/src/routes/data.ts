/** The tables of the /donnees page and of its files, in the locale being built, at the build date. */
import {aggregate} from '../data/aggregate';
import {dataFileUrls} from '../data/files';
import {vocabularyLabels} from '../i18n/vocabulary';
import type {Item} from '../model/items';
import type {DataPageProps, DataTables} from '../shared/data';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';
import type {SitePaths} from './paths';

export interface DataContext {
  items: readonly Item[];
  taxonomy: Taxonomy;
  locale: string;
  paths: SitePaths;
  buildDate: Date;
  timeZone: string;
}

export function dataTables({items, taxonomy, locale, paths, buildDate, timeZone}: DataContext): DataTables {
  return aggregate({
    items,
    taxonomy,
    now: buildDate,
    timeZone,
    locale,
    themeRef: (theme) => ({id: theme.id, label: themeLabel(theme, locale), permalink: paths.themeHub(theme.id)}),
    ...vocabularyLabels(locale),
  });
}

/** `localeBaseUrl` is the locale's base URL ("/" or "/nl/"), under which the files are published. */
export function dataPageProps(tables: DataTables, localeBaseUrl: string): DataPageProps {
  return {tables, files: dataFileUrls(localeBaseUrl)};
}
