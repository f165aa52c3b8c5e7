/**
 * An item as its card shows it: what the route builders give every list and
 * what the contribution form previews. Browser-safe: no Node imports.
 */
import type {CardWithoutThemes, ItemCard, ThemeRef} from '../shared/cards';
import type {Item} from './items';

export function itemCard(item: Item, themeRefs: (ids: readonly string[]) => ThemeRef[]): ItemCard {
  const base = {
    id: item.id,
    title: item.title,
    permalink: item.permalink,
    themes: themeRefs(item.themes),
    ...(item.summary === undefined ? {} : {summary: item.summary}),
  };
  if (item.kind === 'vignette') return {...base, kind: item.kind, publics: item.publics};
  if (item.kind === 'concertation') {
    const {basin, date, number, participants} = item;
    return {...base, kind: item.kind, basin, ...(date === undefined ? {} : {date}), ...(number === undefined ? {} : {number}), ...(participants === undefined ? {} : {participants})};
  }
  if (item.kind === 'structure') {
    const {summary, type, basins, publics, access, languages, cost, contact} = item;
    return {...base, kind: item.kind, summary, type, basins, publics, access, languages, cost, contact};
  }
  const {organizer, audience, languages, basin, format, cost, registration, sessions, recurrence} = item;
  return {
    ...base,
    kind: item.kind,
    organizer,
    audience,
    languages,
    basin,
    format,
    cost,
    registration,
    sessions,
    ...(recurrence === undefined ? {} : {recurrence}),
    ...(item.structure === undefined ? {} : {structure: item.structure}),
  };
}

/** The card for a list that does not show themes (see CardWithoutThemes). */
export function withoutThemes<Card extends ItemCard>(card: Card): CardWithoutThemes<Card> {
  const {themes: _themes, ...rest} = card;
  // Omit of a type parameter is not resolved by TypeScript into the distributed type it equals.
  return rest as unknown as CardWithoutThemes<Card>;
}
