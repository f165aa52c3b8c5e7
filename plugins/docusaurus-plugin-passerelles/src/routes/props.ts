/** What each generated page receives, computed once per locale from the knowledge base. */
import type {KnowledgeGraph} from '../graph/graph';
import type {SitePaths} from './paths';
import {calendarLinks, offerCalendarPath} from '../calendar/files';
import type {DirectivesData, OfferListData, VignetteCardData} from '../directives/data';
import type {MessageLocale} from '../model/messages';
import {itemCard, withoutThemes} from '../model/card';
import {isOffer, isStructure, type Item} from '../model/items';
import type {ConcertationCard, ItemCard, KindCounts, OfferCard, StructureCard, ThemeHubProps, ThemeRef, ThemeSummary, ThemesIndexProps, VignetteCard, ItemContext} from '../shared/cards';
import {basinThemeQuery} from '../shared/basin-theme-query';
import {compareConcertations} from '../shared/concertations';
import {pickLocalized} from '../shared/locales';
import {splitByDate} from '../shared/schedule';
import {themeLabel, type Taxonomy, type Theme} from '../shared/taxonomy';
import {structureOffers} from './structures';

export interface PropsContext {
  taxonomy: Taxonomy;
  graph: KnowledgeGraph;
  locale: string;
  paths: SitePaths;
  /** The site's `url` (scheme and host), for the absolute links calendar applications subscribe to. */
  siteUrl: string;
  buildDate: Date;
  seeAlsoCount: number;
}

export function createPropsBuilder(context: PropsContext) {
  const {taxonomy, graph, locale, paths, buildDate} = context;
  const themesById = new Map(taxonomy.themes.map((theme) => [theme.id, theme]));

  const themeRef = (theme: Theme): ThemeRef => ({
    id: theme.id,
    label: themeLabel(theme, locale),
    permalink: paths.themeHub(theme.id),
  });
  const refsOf = (ids: readonly string[]): ThemeRef[] =>
    ids.flatMap((id) => {
      const theme = themesById.get(id);
      return theme === undefined ? [] : [themeRef(theme)];
    });
  const countsOf = (id: string): KindCounts => {
    const counts: KindCounts = {};
    for (const item of graph.itemsByTheme.get(id) ?? []) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    return counts;
  };
  const summaryOf = (theme: Theme): ThemeSummary => ({
    ...themeRef(theme),
    scopeNote: pickLocalized(theme.scopeNote, locale),
    counts: countsOf(theme.id),
  });

  // An item's card is in its themes' hubs, the catalogue and the see-also lists of many pages: made once, shared.
  const cards = new Map<Item, ItemCard>();
  const card = (item: Item): ItemCard => {
    let made = cards.get(item);
    if (made === undefined) {
      made = itemCard(item, refsOf);
      cards.set(item, made);
    }
    return made;
  };

  return {
    card,

    themesIndex(): ThemesIndexProps {
      const topLevel = taxonomy.themes.filter((theme) => theme.broader.length === 0);
      return {
        groups: topLevel.map((theme) => ({
          theme: summaryOf(theme),
          children: theme.narrower.flatMap((id) => {
            const child = themesById.get(id);
            return child === undefined ? [] : [summaryOf(child)];
          }),
        })),
        calendar: calendarLinks(context.siteUrl, paths.offersCalendar),
      };
    },

    themeHub(theme: Theme): ThemeHubProps {
      const items = graph.itemsByTheme.get(theme.id) ?? [];
      const offers = items.filter(isOffer).map(card) as OfferCard[];
      const {upcoming, past} = splitByDate(offers, buildDate.getTime());
      const concertations = items.filter((item) => item.kind === 'concertation').map(card) as ConcertationCard[];
      concertations.sort(compareConcertations);
      return {
        theme: {...summaryOf(theme), altLabels: altLabelsOf(theme, locale)},
        themesIndexPermalink: paths.themesIndex,
        broader: refsOf(theme.broader),
        narrower: refsOf(theme.narrower),
        related: refsOf(theme.related),
        coOccurring: graph
          .coOccurring(theme.id)
          .filter(({id}) => !theme.related.includes(id))
          .slice(0, 8)
          .flatMap(({id, count}) => refsOf([id]).map((ref) => ({...ref, count}))),
        // The hub does not show its items' themes: its cards leave them out.
        vignettes: (items.filter((item) => item.kind === 'vignette').map(card) as VignetteCard[])
          .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
          .map(withoutThemes),
        offers: [...upcoming, ...past].map(withoutThemes),
        concertations: concertations.map(withoutThemes),
        concertationsTimelinePermalink: `${paths.concertations}${basinThemeQuery({theme: theme.id})}`,
        calendar: calendarLinks(context.siteUrl, paths.themeCalendar(theme.id)),
        structures: (items.filter(isStructure).map(card) as StructureCard[]).sort((a, b) => a.title.localeCompare(b.title, 'fr')).map(withoutThemes),
        buildDate: buildDate.toISOString(),
      };
    },

    /** What the remark plugin needs to resolve the directives of the pages it compiles. */
    directives(items: readonly Item[], messageLocale: MessageLocale): DirectivesData {
      return {
        locale: messageLocale,
        taxonomy,
        themes: Object.fromEntries(taxonomy.themes.map((theme) => [theme.id, themeRef(theme)])),
        vignetteIds: items.filter((item) => item.kind === 'vignette').map((item) => item.id),
      };
    },

    offerList(theme: Theme): OfferListData {
      const offers = (graph.itemsByTheme.get(theme.id) ?? []).filter(isOffer).map(card) as OfferCard[];
      // An offer past at the build date is past for every reader after it: the pages that embed the list leave it out.
      return {theme: themeRef(theme), offers: splitByDate(offers, buildDate.getTime()).upcoming, buildDate: buildDate.toISOString()};
    },

    vignetteCard(item: Item): VignetteCardData {
      return {card: card(item) as VignetteCard, buildDate: buildDate.toISOString()};
    },

    itemContext(item: Item): ItemContext {
      const calendar = isOffer(item) ? offerCalendarPath(paths, item) : undefined;
      return {
        item: card(item),
        authorship: {
          authors: item.authors ?? [],
          ...(item.organization === undefined ? {} : {organization: item.organization}),
          ...(item.status === undefined ? {} : {status: item.status}),
          reviewers: item.reviewers ?? [],
        },
        seeAlso: graph.seeAlso(item, context.seeAlsoCount).map(card),
        ...(calendar === undefined ? {} : {calendar}),
        ...(isStructure(item) ? {offers: structureOffers(graph, item, buildDate, card)} : {}),
        buildDate: buildDate.toISOString(),
      };
    },
  };
}

function altLabelsOf(theme: Theme, locale: string): string[] {
  const language = locale.split('-')[0];
  const labels = language === 'nl' || language === 'en' ? theme.altLabel[language] : theme.altLabel.fr;
  return [...new Set(labels)];
}
