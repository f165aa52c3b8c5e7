/**
 * The gap view computed from the demo knowledge base without the plugin's
 * aggregation, to check the published files and the page against.
 */
import {isOffer, type Item} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import type {Taxonomy} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';

export interface ExpectedGap {
  id: string;
  raised: number;
  basins: string[];
  upcomingOffers: number;
  vignettes: number;
  missing: string[];
}

/** Raised themes lacking an upcoming offer or a vignette; an item counts for a theme if one of its themes is that theme or lies below it. */
export function expectedGaps(items: readonly Item[], taxonomy: Taxonomy, now: number): ExpectedGap[] {
  const broaderOf = new Map(taxonomy.themes.map((theme) => [theme.id, theme.broader]));
  const isWithin = (themeId: string, ancestor: string): boolean =>
    themeId === ancestor || (broaderOf.get(themeId) ?? []).some((parent) => isWithin(parent, ancestor));
  const covers = (item: Item, themeId: string): boolean => item.themes.some((id) => isWithin(id, themeId));
  const gaps: ExpectedGap[] = [];
  for (const theme of taxonomy.themes) {
    const raisedBy = items.filter((item) => item.kind === 'concertation' && item.themes.includes(theme.id));
    if (raisedBy.length === 0) continue;
    const upcomingOffers = items.filter((item) => isOffer(item) && isUpcoming(item, now) && covers(item, theme.id)).length;
    const vignettes = items.filter((item) => item.kind === 'vignette' && covers(item, theme.id)).length;
    const missing = [...(upcomingOffers === 0 ? ['upcoming-offer'] : []), ...(vignettes === 0 ? ['vignette'] : [])];
    if (missing.length === 0) continue;
    const basins = [...new Set(raisedBy.map((item) => (item.kind === 'concertation' ? item.basin : '')))];
    gaps.push({id: theme.id, raised: raisedBy.length, basins, upcomingOffers, vignettes, missing});
  }
  return gaps;
}
