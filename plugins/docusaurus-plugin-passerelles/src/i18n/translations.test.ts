import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {defaultCodeTranslations} from './index';

const nl = defaultCodeTranslations('nl');
const en = defaultCodeTranslations('en');

/** Every translate() / <Translate> id written in the theme components. */
function translationIdsInTheme(): Set<string> {
  const ids = new Set<string>();
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory)) {
      const file = path.join(directory, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry)) {
        for (const match of readFileSync(file, 'utf8').matchAll(/id[=:]\s*["'](passerelles\.[\w.-]+)["']/g)) ids.add(match[1] ?? '');
      }
    }
  };
  walk(path.join(__dirname, '..', 'theme'));
  return ids;
}

describe('the plugin translations', () => {
  const ids = [...translationIdsInTheme()].sort();

  it('serves no translation for the source language', () => {
    expect(defaultCodeTranslations('fr')).toEqual({});
  });

  it('finds the ids of the components', () => {
    expect(ids).toContain('passerelles.kind.vignette');
    expect(ids.length).toBeGreaterThan(40);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('has a %s text for every id, and none for an id no component uses', (_locale, messages) => {
    expect(Object.keys(messages).sort()).toEqual(ids);
    for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
  });

  it('keeps the placeholders of plural forms and values', () => {
    for (const messages of [nl, en]) {
      expect(messages['passerelles.counts.offers']?.split('|')).toHaveLength(2);
      expect(messages['passerelles.facts.next']).toContain('{date}');
      expect(messages['passerelles.hub.past']).toContain('{count}');
    }
  });
});
