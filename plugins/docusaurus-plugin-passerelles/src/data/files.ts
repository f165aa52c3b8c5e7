/** Where the data files are published: next to each locale's pages, like the search index. */
import {normalizeUrl} from '@docusaurus/utils';
import {dataTableNames, type DataPageProps, type DataTableName, type DataTables} from '../shared/data';
import {dataCsvFiles} from './csv';
import type {PublishedFile} from '../published-files';

/** Under a locale's output folder and URL: `build/passerelles/data.json`, `build/nl/passerelles/data/gaps.csv`. */
const dataJsonSegments = ['passerelles', 'data.json'];
const dataCsvSegments = (table: DataTableName): string[] => ['passerelles', 'data', `${table}.csv`];

/** The URLs of the files, from the locale's base URL ("/" or "/nl/"). */
export function dataFileUrls(localeBaseUrl: string): DataPageProps['files'] {
  return {
    json: normalizeUrl([localeBaseUrl, ...dataJsonSegments]),
    csv: Object.fromEntries(dataTableNames.map((table) => [table, normalizeUrl([localeBaseUrl, ...dataCsvSegments(table)])])) as Record<DataTableName, string>,
  };
}

/** data.json and one CSV per table, as text. */
export function renderDataFiles(tables: DataTables): PublishedFile[] {
  const csv = dataCsvFiles(tables);
  return [
    {segments: dataJsonSegments, content: JSON.stringify(tables, null, 2)},
    ...dataTableNames.map((table) => ({segments: dataCsvSegments(table), content: csv[table]})),
  ];
}
