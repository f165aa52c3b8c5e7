import React, {useCallback, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluralForm} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useQueryState} from '../PasserellesQueryState';
import PasserellesMapGraph from '../PasserellesMapGraph';
import {basins, type Basin} from '../../shared/kinds';
import {filterMap, themeEntries} from '../../shared/map/filter';
import {isThemeNode, type MapNode, type MapPageProps} from '../../shared/map/graph';
import {basinThemeQuery, parseBasinThemeQuery} from '../../shared/basin-theme-query';
import {basinLabel, facetTitle} from '../PasserellesLabels';
import {mapNodeTypeLabel} from './labels';

export interface Props {
  page: MapPageProps;
}

/** Highlights a node of the graph while its entry in the list is hovered or focused. */
type HighlightHandlers = Pick<React.HTMLAttributes<HTMLElement>, 'onFocus' | 'onBlur' | 'onMouseEnter' | 'onMouseLeave'>;

function NodeLink({node, highlight}: {node: MapNode; highlight: (id: string | undefined) => HighlightHandlers}): React.ReactNode {
  return (
    <Link to={node.permalink} className="passerelles-map__link" {...highlight(node.id)}>
      {node.label}
    </Link>
  );
}

function MapList({entries, highlight}: {entries: ReturnType<typeof themeEntries>; highlight: (id: string | undefined) => HighlightHandlers}): React.ReactNode {
  return (
    <ul className="passerelles-map__list">
      {entries.map(({theme, items}) => (
        <li key={theme.id} data-node={theme.id}>
          <NodeLink node={theme} highlight={highlight} />
          {items.length > 0 && (
            <ul>
              {items.map((item) => (
                <li key={item.id} data-node={item.id}>
                  <NodeLink node={item} highlight={highlight} />{' '}
                  <span className="passerelles-map__meta">
                    {mapNodeTypeLabel(item.type)}
                    {item.basins.map((basin) => ` · ${basinLabel(basin)}`).join('')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Themes, offers and the links between them, filtered by basin and theme. The
 * filters live in the URL; the list below the graph is the same data as real
 * links, in the static page too.
 */
export default function PasserellesMapPage({page}: Props): React.ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const {selectMessage} = usePluralForm();
  const themeIds = useMemo(() => new Set(page.themes.map((theme) => theme.id)), [page.themes]);
  const read = useCallback((search: string) => parseBasinThemeQuery(search, themeIds), [themeIds]);
  const {state: filters, setState: setFilters} = useQueryState(read, basinThemeQuery, 'passerelles-map-basin');
  const view = useMemo(() => filterMap(page.map, filters), [page.map, filters]);
  const entries = useMemo(() => themeEntries(view), [view]);
  const [highlighted, setHighlighted] = useState<string | undefined>();

  const filtered = filters.basin !== undefined || filters.theme !== undefined;
  const itemCount = view.nodes.filter((node) => !isThemeNode(node)).length;
  const structureCount = view.nodes.filter((node) => node.type === 'structure').length;
  const offerCount = itemCount - structureCount;
  const themeCount = view.nodes.length - itemCount;
  const highlight = (id: string | undefined): HighlightHandlers => ({
    onFocus: () => setHighlighted(id),
    onMouseEnter: () => setHighlighted(id),
    onBlur: () => setHighlighted(undefined),
    onMouseLeave: () => setHighlighted(undefined),
  });

  const title = translate({id: 'passerelles.map.title', message: 'Carte des thématiques, des structures et des offres'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'passerelles.map.description',
        message: "Les thématiques du réseau bruxellois de santé mentale et les offres qui s'y rattachent, par bassin.",
      })}>
      <main className="container margin-vert--lg passerelles-map">
        <Heading as="h1">{title}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.map.intro">
            Chaque offre est reliée à ses thématiques et à la structure qui l'organise, chaque structure à ses thématiques, et chaque thématique aux thématiques plus précises qu'elle comprend. Filtrez par bassin ou par thématique ; la liste sous la carte donne les mêmes liens.
          </Translate>
        </p>

        <form className="passerelles-map__filters" aria-label={translate({id: 'passerelles.map.filters', message: 'Filtrer la carte'})} onSubmit={(event) => event.preventDefault()}>
          <fieldset disabled={!isBrowser}>
            <div className="passerelles-map__filter">
              <label htmlFor="passerelles-map-basin">{facetTitle('basin')}</label>
              <select
                id="passerelles-map-basin"
                value={filters.basin ?? ''}
                aria-describedby="passerelles-map-basin-note"
                onChange={(event) => setFilters({...filters, basin: event.target.value === '' ? undefined : (event.target.value as Basin)})}>
                <option value="">{translate({id: 'passerelles.map.allBasins', message: 'Tous les bassins'})}</option>
                {basins.map((basin) => (
                  <option key={basin} value={basin}>
                    {basinLabel(basin)}
                  </option>
                ))}
              </select>
              <small id="passerelles-map-basin-note" className="passerelles-map__note">
                <Translate id="passerelles.map.regionNote">Les offres de toute la Région apparaissent dans chaque bassin.</Translate>
              </small>
            </div>
            <div className="passerelles-map__filter">
              <label htmlFor="passerelles-map-theme">{facetTitle('theme')}</label>
              <select
                id="passerelles-map-theme"
                value={filters.theme ?? ''}
                aria-describedby="passerelles-map-theme-note"
                onChange={(event) => setFilters({...filters, theme: event.target.value === '' ? undefined : event.target.value})}>
                <option value="">{translate({id: 'passerelles.map.allThemes', message: 'Toutes les thématiques'})}</option>
                {page.themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label}
                  </option>
                ))}
              </select>
              <small id="passerelles-map-theme-note" className="passerelles-map__note">
                <Translate id="passerelles.map.themeNote">Une thématique garde aussi les thématiques plus précises qu'elle comprend.</Translate>
              </small>
            </div>
            <button type="button" className="button button--secondary" disabled={!filtered} onClick={() => setFilters({})}>
              <Translate id="passerelles.map.reset">Réinitialiser</Translate>
            </button>
          </fieldset>
        </form>

        <p className="passerelles-map__summary" role="status">
          {selectMessage(offerCount, translate({id: 'passerelles.map.offerCount', message: '1 offre|{count} offres'}, {count: offerCount}))}
          {' · '}
          {selectMessage(structureCount, translate({id: 'passerelles.map.structureCount', message: '1 structure|{count} structures'}, {count: structureCount}))}
          {' · '}
          {selectMessage(themeCount, translate({id: 'passerelles.map.themeCount', message: '1 thématique|{count} thématiques'}, {count: themeCount}))}
        </p>
        {filtered && itemCount === 0 && (
          <p className="passerelles-map__empty">
            <Translate id="passerelles.map.empty">Aucune offre ne correspond à ces filtres.</Translate>{' '}
            <Link to={location.pathname}>
              <Translate id="passerelles.map.showAll">Voir toute la carte</Translate>
            </Link>
          </p>
        )}

        <PasserellesMapGraph map={view} highlighted={highlighted} onOpen={(node) => history.push(node.permalink)} />

        <section className="passerelles-map__alternative" aria-labelledby="passerelles-map-list">
          <Heading as="h2" id="passerelles-map-list">
            <Translate id="passerelles.map.listTitle">La carte en liste</Translate>
          </Heading>
          <MapList entries={entries} highlight={highlight} />
        </section>
      </main>
    </Layout>
  );
}
