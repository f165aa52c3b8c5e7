/** Where the data files are published: next to each locale's pages, like the search index. */
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {dataTableNames, type DataPageProps, type DataTableName, type DataTables} from '../shared/data';
import {dataCsvFiles} from './csv';
import {writePublishedFiles, type PublishedFile} from '../published-files';

const dataJsonSegments = ['passerelles', 'data.json'];
const dataCsvSegments = (table: DataTableName): string[] => ['passerelles', 'data', `${table}.csv`];

/** The JSON of one locale in a build: `build/passerelles/data.json`, `build/nl/passerelles/data.json`. */
export function builtDataJsonPath(localeOutDir: string): string {
  return path.join(localeOutDir, ...dataJsonSegments);
}

/** One table as CSV: `build/passerelles/data/gaps.csv`, `build/nl/passerelles/data/gaps.csv`. */
export function builtDataCsvPath(localeOutDir: string, table: DataTableName): string {
  return path.join(localeOutDir, ...dataCsvSegments(table));
}

/** The URLs of the files, from the locale's base URL ("/" or "/nl/"). */
export function dataFileUrls(localeBaseUrl: string): DataPageProps['files'] {
  return {
    json: normalizeUrl([localeBaseUrl, 'passerelles', 'data.json']),
    csv: Object.fromEntries(dataTableNames.map((table) => [table, normalizeUrl([localeBaseUrl, 'passerelles', 'data', `${table}.csv`])])) as Record<DataTableName, string>,
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

/** Writes data.json and one CSV per table into a locale's output folder. */
export async function writeDataFiles(localeOutDir: string, tables: DataTables): Promise<void> {
  await writePublishedFiles(localeOutDir, renderDataFiles(tables));
}
