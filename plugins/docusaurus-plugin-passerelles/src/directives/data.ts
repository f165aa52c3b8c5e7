/** What the build writes for the directives, and where: the remark plugin reads the first, pages import the others. */
import {simpleHash} from '@docusaurus/utils';
import type {MessageLocale} from '../model/messages';
import type {OfferCard, ThemeRef, VignetteCard} from '../shared/cards';
import type {Taxonomy} from '../shared/taxonomy';

/** Read by the remark plugin when it compiles a page: enough to resolve and check every directive. */
export interface DirectivesData {
  locale: MessageLocale;
  taxonomy: Taxonomy;
  /** Theme id → its hub and its label in the locale being built. */
  themes: Record<string, ThemeRef>;
  vignetteIds: string[];
}

/** What `::offres{theme=…}` embeds: the offers of the theme upcoming at the build date; the page keeps those still upcoming with the reader's clock. */
export interface OfferListData {
  theme: ThemeRef;
  offers: OfferCard[];
  buildDate: string;
}

export interface VignetteCardData {
  card: VignetteCard;
  buildDate: string;
}

export const directivesDataFileName = 'directives.json';

export function offerListFileName(themeId: string): string {
  return `offers/${themeId}.json`;
}

export function vignetteCardFileName(id: string): string {
  return `cards/${simpleHash(id, 12)}.json`;
}
