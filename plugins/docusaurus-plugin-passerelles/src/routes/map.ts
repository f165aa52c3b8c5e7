/** The props of the map page, in the locale being built. */
import {buildMapData} from '../map/nodes';
import type {Item} from '../model/items';
import type {MapPageProps} from '../shared/map/graph';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';
import type {SitePaths} from './paths';

export function mapPageProps(taxonomy: Taxonomy, items: readonly Item[], locale: string, paths: Pick<SitePaths, 'themeHub'>): MapPageProps {
  return {
    map: buildMapData({taxonomy, items, locale, themePermalink: paths.themeHub}),
    themes: taxonomy.themes
      .map((theme) => ({id: theme.id, label: themeLabel(theme, locale)}))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
