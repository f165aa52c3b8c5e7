import React, {useCallback, useMemo} from 'react';
import {useLocation} from '@docusaurus/router';
import {usePluralForm} from '@docusaurus/theme-common';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {
  catalogueDomain,
  catalogueView,
  defaultCatalogueState,
  indexCatalogue,
  isDefaultState,
  parseCatalogueQuery,
  serializeCatalogueQuery,
  toggleValue,
  type CatalogueFacet,
  type CatalogueProps,
  type CatalogueState,
} from '../../shared/catalogue';
import {useNow} from '../PasserellesClock';
import PasserellesCalendarSubscribe from '../PasserellesCalendarSubscribe';
import CatalogueCard from './card';
import CatalogueFacets from './facets';
import {useQueryState} from '../PasserellesQueryState';
import CatalogueShortcuts from './shortcuts';

export interface Props {
  catalogue: CatalogueProps;
}

const resultsHeadingId = 'passerelles-catalogue-results';

function ResetButton(): React.ReactNode {
  return <Translate id="passerelles.catalogue.reset">Réinitialiser les filtres</Translate>;
}

/**
 * Every offer, filtered by facets kept in the URL query, so that a view can be
 * shared and Back undoes a click. Upcoming only unless archived offers are asked for;
 * the static page uses the build date, the browser its own clock.
 */
export default function PasserellesCataloguePage({catalogue}: Props): React.ReactNode {
  const {pathname} = useLocation();
  const {selectMessage} = usePluralForm();
  const now = useNow(catalogue.buildDate);
  const domain = useMemo(() => catalogueDomain(catalogue), [catalogue]);
  const index = useMemo(() => indexCatalogue(catalogue), [catalogue]);
  const read = useCallback((search: string) => parseCatalogueQuery(search, domain), [domain]);
  const {state, setState: navigate} = useQueryState(read, (next: CatalogueState) => serializeCatalogueQuery(next, domain), resultsHeadingId);
  const view = useMemo(() => catalogueView(index, state, now), [index, state, now]);

  const toggle = (facet: CatalogueFacet, value: string): void => navigate(toggleValue(state, facet, value));
  const reset = (): void => navigate(defaultCatalogueState);

  const title = translate({id: 'passerelles.catalogue.title', message: 'Catalogue des offres'});
  return (
    <Layout
      title={title}
      description={translate({id: 'passerelles.catalogue.description', message: 'Formations, intervisions, supervisions et immersions du réseau bruxellois, à filtrer.'})}>
      <main className="container margin-vert--lg passerelles-catalogue">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="passerelles.catalogue.intro">
            Chaque case cochée filtre la liste aussitôt : les choix d'une même rubrique s'additionnent, les rubriques se combinent. L'adresse de la page garde vos choix : copiez-la pour partager cette sélection.
          </Translate>
        </p>
        <CatalogueShortcuts index={index} domain={domain} pathname={pathname} now={now} />
        <div className="row margin-top--md">
          <div className="col col--3">
            <CatalogueFacets domain={domain} themes={catalogue.themes} state={state} view={view} onToggle={toggle} onToggleArchived={() => navigate({...state, archived: !state.archived})} />
          </div>
          <section className="col col--9" aria-labelledby={resultsHeadingId}>
            <h2 id={resultsHeadingId} className="passerelles-catalogue__results-title" tabIndex={-1}>
              <Translate id="passerelles.catalogue.results">Offres</Translate>
            </h2>
            <div className="passerelles-catalogue__status">
              <p role="status" className="passerelles-catalogue__count">
                {selectMessage(
                  view.offers.length,
                  state.archived
                    ? translate({id: 'passerelles.catalogue.countWithArchived', message: '{count} offre, archivées comprises|{count} offres, archivées comprises'}, {count: view.offers.length})
                    : translate({id: 'passerelles.catalogue.count', message: '{count} offre à venir|{count} offres à venir'}, {count: view.offers.length}),
                )}
              </p>
              {!isDefaultState(state) && (
                <button type="button" className="button button--secondary button--sm" onClick={reset}>
                  <ResetButton />
                </button>
              )}
            </div>
            {view.offers.length === 0 ? (
              <div className="passerelles-catalogue__empty">
                <p>
                  <Translate id="passerelles.catalogue.empty">Aucune offre ne correspond à tous ces filtres.</Translate>
                </p>
                {!state.archived && view.archivedCount > 0 && (
                  <p>
                    <button type="button" className="button button--link" onClick={() => navigate({...state, archived: true})}>
                      {selectMessage(
                        view.archivedCount,
                        translate(
                          {id: 'passerelles.catalogue.emptyShowArchived', message: "Voir l'offre archivée qui y correspond|Voir les {count} offres archivées qui y correspondent"},
                          {count: view.archivedCount},
                        ),
                      )}
                    </button>
                  </p>
                )}
                <p>
                  <button type="button" className="button button--primary" onClick={reset}>
                    <ResetButton />
                  </button>
                </p>
              </div>
            ) : (
              <ul className="passerelles-grid passerelles-catalogue__list">
                {view.offers.map((offer) => (
                  <li key={offer.id}>
                    <CatalogueCard offer={offer} now={now} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <PasserellesCalendarSubscribe
          calendar={catalogue.calendar}
          title={translate({id: 'passerelles.calendar.all', message: "S'abonner à l'agenda de toutes les offres"})}
        />
      </main>
    </Layout>
  );
}
