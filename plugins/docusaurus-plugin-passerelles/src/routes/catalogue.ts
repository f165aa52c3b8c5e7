/** The props of the offers catalogue, in the locale being built. */
import {isOffer, type Item} from '../model/items';
import type {CatalogueProps, CatalogueTheme} from '../shared/catalogue';
import type {CalendarLinks, ItemCard, OfferCard} from '../shared/cards';
import {splitByDate} from '../shared/schedule';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';

export interface CatalogueContext {
  taxonomy: Taxonomy;
  locale: string;
  buildDate: Date;
  /** The card builder of the other pages (routes/props.ts), so that an offer reads the same everywhere. */
  card: (item: Item) => ItemCard;
  calendar: CalendarLinks;
}

/** Every offer (upcoming first at the build date), and the themes to filter them by: theirs and every broader one. */
export function catalogueProps(items: readonly Item[], {taxonomy, locale, buildDate, card, calendar}: CatalogueContext): CatalogueProps {
  const cards = items.filter(isOffer).map((item) => card(item) as OfferCard);
  const {upcoming, past} = splitByDate(cards, buildDate.getTime());
  const themesById = new Map(taxonomy.themes.map((theme) => [theme.id, theme]));
  const used = new Set<string>();
  const pending = cards.flatMap((offer) => offer.themes.map((theme) => theme.id));
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (used.has(id)) continue;
    used.add(id);
    pending.push(...(themesById.get(id)?.broader ?? []));
  }
  const themes: CatalogueTheme[] = taxonomy.themes
    .filter((theme) => used.has(theme.id))
    .map((theme) => ({id: theme.id, label: themeLabel(theme, locale), broader: theme.broader.filter((id) => used.has(id))}))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return {offers: [...upcoming, ...past], themes, buildDate: buildDate.toISOString(), calendar};
}
