/**
 * The files postBuild publishes next to a locale's pages (calendars, data
 * files, the search index), made ready as text when the content is loaded.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

export interface PublishedFile {
  /** Where it goes under the locale's output folder (`build/` or `build/nl/`), as path segments. */
  segments: readonly string[];
  /** Text, or its UTF-8 bytes (kept outside the JavaScript heap until postBuild writes them). */
  content: string | Uint8Array;
}

export async function writePublishedFiles(localeOutDir: string, files: readonly PublishedFile[]): Promise<void> {
  const targets = files.map((file) => ({target: path.join(localeOutDir, ...file.segments), content: file.content}));
  await Promise.all([...new Set(targets.map(({target}) => path.dirname(target)))].map((directory) => mkdir(directory, {recursive: true})));
  await Promise.all(targets.map(({target, content}) => writeFile(target, content)));
}
