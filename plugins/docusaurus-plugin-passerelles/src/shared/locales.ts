/** The languages the taxonomy is written in; the site's locales are a subset or fall back to French. */
export const taxonomyLanguages = ['fr', 'nl', 'en'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

export type LocalizedText = Record<TaxonomyLanguage, string>;

export function isTaxonomyLanguage(value: string): value is TaxonomyLanguage {
  return (taxonomyLanguages as readonly string[]).includes(value);
}

/** Picks the text of a locale ("nl-BE" → "nl"), falling back to French. */
export function pickLocalized(text: LocalizedText, locale: string): string {
  const language = locale.split('-')[0] ?? 'fr';
  return isTaxonomyLanguage(language) ? text[language] : text.fr;
}
