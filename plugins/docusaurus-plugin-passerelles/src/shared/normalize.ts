/**
 * Folds a label or a query to the form labels are compared in: lower case,
 * no diacritics, every run of non-alphanumeric characters (hyphen, "+", "/",
 * apostrophe, middle dot of inclusive writing…) turned into one space.
 *
 * Shared by the taxonomy (Node) and the search box (browser): no Node imports.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    // "aidant·es" is one word: drop the middle dot instead of splitting on it.
    .replace(/[·•]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
