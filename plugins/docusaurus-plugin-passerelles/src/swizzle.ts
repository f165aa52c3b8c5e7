/** What `docusaurus swizzle` may do with each component: all of them are meant to be adapted by sites. */
import type {SwizzleConfig} from '@docusaurus/types';

const components: Record<string, string> = {
  PasserellesThemesPage: 'The page listing every theme, grouped under its broader theme',
  PasserellesThemeHub: 'The page of one theme: scope note, vignettes, offers, concertations, related themes',
  PasserellesItemHeader: 'Under the title of an item page: kind, themes, practical facts',
  PasserellesItemFooter: 'At the end of an item page: the see-also list',
  PasserellesItemCard: 'One item in a list',
  PasserellesOfferFacts: 'When, where, languages, price and registration of an offer',
  PasserellesThemeChips: 'The themes of an item, as links to their hubs',
  PasserellesConcertationMeta: 'Basin, number, date and participants of a concertation',
  PasserellesSearchPage: 'The search page, with its facets',
  SearchBar: 'The navbar search box',
  PasserellesContributePage: 'The contribution page: a form per kind, its checks, a card preview, and the file to download or propose on GitHub',
  PasserellesThemeLink: 'The link :theme[…] writes in a text',
  PasserellesSection: 'The sections :::situation, :::questions and :::objectifs',
  PasserellesOfferList: 'The upcoming offers of a theme, embedded with ::offres{theme=…}',
  PasserellesVignetteCard: 'A vignette card embedded with ::vignette{id=…}',
  PasserellesCataloguePage: 'The offers catalogue: every offer, its facets in the URL, archived offers under a toggle',
  PasserellesMapPage: 'The map page: filters by basin and theme, the graph, and the same data as nested lists',
  PasserellesMapGraph: 'The interactive graph of the map page, rendered in the browser only',
  PasserellesConcertationsPage: 'The concertations timeline across the basins, filtered by basin and theme in the URL',
  PasserellesCalendarSubscribe: 'A calendar to subscribe to (a theme’s offers, all offers): webcal link, .ics file, address to copy',
  PasserellesDataPage: 'The data page (/donnees): charts of the knowledge base with their tables, the gaps, and the published files',
  PasserellesStructuresPage: 'The list of the network’s structures, with facets kept in the URL',
  PasserellesStructureFacts: 'Type, basins, publics, access criteria, languages, price and contact of a structure',
  PasserellesStructureOffers: 'On a structure’s page: the offers it organises, upcoming then past',
};

export default function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(
      Object.entries(components).map(([name, description]) => [name, {actions: {eject: 'safe', wrap: 'safe'}, description}]),
    ),
  };
}
