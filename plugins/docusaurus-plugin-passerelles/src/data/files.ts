/** Where the data files are published: next to each locale's pages, like the search index. */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {dataTableNames, type DataPageProps, type DataTableName, type DataTables} from '../shared/data';
import {dataCsvFiles} from './csv';

/** The JSON of one locale in a build: `build/passerelles/data.json`, `build/nl/passerelles/data.json`. */
export function builtDataJsonPath(localeOutDir: string): string {
  return path.join(localeOutDir, 'passerelles', 'data.json');
}

/** One table as CSV: `build/passerelles/data/gaps.csv`, `build/nl/passerelles/data/gaps.csv`. */
export function builtDataCsvPath(localeOutDir: string, table: DataTableName): string {
  return path.join(localeOutDir, 'passerelles', 'data', `${table}.csv`);
}

/** The URLs of the files, from the locale's base URL ("/" or "/nl/"). */
export function dataFileUrls(localeBaseUrl: string): DataPageProps['files'] {
  return {
    json: normalizeUrl([localeBaseUrl, 'passerelles', 'data.json']),
    csv: Object.fromEntries(dataTableNames.map((table) => [table, normalizeUrl([localeBaseUrl, 'passerelles', 'data', `${table}.csv`])])) as Record<DataTableName, string>,
  };
}

/** Writes data.json and one CSV per table into a locale's output folder. */
export async function writeDataFiles(localeOutDir: string, tables: DataTables): Promise<void> {
  await mkdir(path.dirname(builtDataCsvPath(localeOutDir, 'gaps')), {recursive: true});
  await writeFile(builtDataJsonPath(localeOutDir), JSON.stringify(tables, null, 2));
  const csv = dataCsvFiles(tables);
  await Promise.all(dataTableNames.map((table) => writeFile(builtDataCsvPath(localeOutDir, table), csv[table])));
}
