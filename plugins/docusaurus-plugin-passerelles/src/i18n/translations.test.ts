import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {defaultCodeTranslations} from './index';

const nl = defaultCodeTranslations('nl');
const en = defaultCodeTranslations('en');

/** The theme components' source files, with their text. */
function themeSources(): {file: string; text: string}[] {
  const sources: {file: string; text: string}[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory)) {
      const file = path.join(directory, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry)) sources.push({file, text: readFileSync(file, 'utf8')});
    }
  };
  walk(path.join(__dirname, '..', 'theme'));
  return sources;
}

/** Every translate() / <Translate> id written in the theme components. */
function translationIdsInTheme(): Set<string> {
  const ids = new Set<string>();
  for (const {text} of themeSources()) {
    for (const match of text.matchAll(/id[=:]\s*["'](passerelles\.[\w.-]+)["']/g)) ids.add(match[1] ?? '');
  }
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
      for (const id of ['passerelles.catalogue.count', 'passerelles.catalogue.countWithArchived', 'passerelles.search.count']) {
        expect(messages[id]?.split('|').map((form) => form.includes('{count}'))).toEqual([true, true]);
      }
      expect(messages['passerelles.concertations.count']?.split('|').map((form) => form.includes('{total}'))).toEqual([true, true]);
      expect(messages['passerelles.facts.next']).toContain('{date}');
      expect(messages['passerelles.hub.past']).toContain('{count}');
    }
  });

  it('says a count in its plural form, never with "(s)"', () => {
    const parenthesisedPlural = /\p{L}\((?:s|es|en|gen|x)\)/u;
    const offending = [
      ...([['nl', nl], ['en', en]] as const).flatMap(([locale, messages]) =>
        Object.entries(messages)
          .filter(([, text]) => parenthesisedPlural.test(text))
          .map(([id, text]) => `${locale} ${id}: ${text}`),
      ),
      ...themeSources()
        .filter(({text}) => parenthesisedPlural.test(text))
        .map(({file}) => path.relative(__dirname, file)),
    ];
    expect(offending).toEqual([]);
  });
});
