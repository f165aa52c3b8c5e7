/** Every interface string of the site's own pages has its Dutch and English text. */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {siteDir} from './setup/site';

function idsInPages(): string[] {
  const ids = new Set<string>();
  const pagesDir = path.join(siteDir, 'src', 'pages');
  for (const file of readdirSync(pagesDir)) {
    for (const match of readFileSync(path.join(pagesDir, file), 'utf8').matchAll(/id[=:]\s*["']([\w.-]+)["']/g)) ids.add(match[1] ?? '');
  }
  return [...ids].sort();
}

describe('the site translations', () => {
  it.each(['nl', 'en'])('has a %s text for every string of src/pages and nothing stale', (locale) => {
    const messages = JSON.parse(readFileSync(path.join(siteDir, 'src', 'i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
    expect(Object.keys(messages).sort()).toEqual(idsInPages());
    for (const {message} of Object.values(messages)) expect(message.trim()).not.toBe('');
  });
});
