import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useQueryState} from '../PasserellesQueryState';
import type {SearchBackend} from '../../shared/search/backend';
import {cleanFilters} from '../../shared/search/searcher';
import {facetNames, type FacetName, type Filters, type SearchResponse} from '../../shared/search/types';
import type {Basin, Format, ItemKind, OfferLanguage} from '../../shared/kinds';
import {useNow} from '../PasserellesClock';
import {basinLabel, costFacetLabel, facetTitle, formatLabel, kindLabel, languageLabel, upcomingFacetLabel} from '../PasserellesLabels';
import {useSearchResponse, useSearcher} from '../PasserellesSearch';
import {searchOf} from '../../shared/url-query';

function valueLabel(facet: FacetName, value: string, searcher: SearchBackend): string {
  switch (facet) {
    case 'kind':
      return kindLabel(value as ItemKind);
    case 'theme':
      return searcher.themes.find((theme) => theme.id === value)?.label ?? value;
    case 'basin':
      return basinLabel(value as Basin);
    case 'language':
      return languageLabel(value as OfferLanguage);
    case 'format':
      return formatLabel(value as Format);
    case 'cost':
      return costFacetLabel(value);
    case 'upcoming':
      return upcomingFacetLabel(value);
  }
}

function Facets({response, filters, searcher, onToggle}: {response: SearchResponse; filters: Filters; searcher: SearchBackend; onToggle: (facet: FacetName, value: string) => void}): React.ReactNode {
  return (
    <nav className="passerelles-facets" aria-label={translate({id: 'passerelles.search.facets', message: 'Affiner les résultats'})}>
      {facetNames.map((facet) => {
        const counts = Object.entries(response.facets[facet]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        if (counts.length === 0) return null;
        return (
          <fieldset key={facet} className="passerelles-facets__group">
            <legend>{facetTitle(facet)}</legend>
            <ul>
              {counts.map(([value, count]) => {
                const selected = filters[facet] === value;
                return (
                  <li key={value}>
                    <button
                      type="button"
                      id={`passerelles-facet-${facet}-${value}`}
                      className={selected ? 'passerelles-facet passerelles-facet--selected' : 'passerelles-facet'}
                      aria-pressed={selected}
                      data-facet={facet}
                      data-value={value}
                      onClick={() => onToggle(facet, value)}>
                      <span>{valueLabel(facet, value, searcher)}</span> <span className="passerelles-facet__count">{count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </nav>
  );
}

interface SearchPageQuery {
  query: string;
  filters: Filters;
}

/** `?q=…` and one parameter per facet chosen. */
function readSearchQuery(search: string): SearchPageQuery {
  const parameters = new URLSearchParams(search);
  return {
    query: parameters.get('q') ?? '',
    filters: cleanFilters(Object.fromEntries(facetNames.map((facet) => [facet, parameters.get(facet) ?? undefined])) as Filters),
  };
}

function searchQueryOf({query, filters}: SearchPageQuery): string {
  const parameters = new URLSearchParams();
  if (query !== '') parameters.set('q', query);
  for (const facet of facetNames) {
    const value = filters[facet];
    if (value !== undefined) parameters.set(facet, value);
  }
  return searchOf(parameters);
}

/** The search page: query and facets live in the URL, so a search can be shared and the back button works. */
export default function PasserellesSearchPage(): React.ReactNode {
  const {
    state: {query, filters},
    setState,
  } = useQueryState(readSearchQuery, searchQueryOf, 'passerelles-search-input');
  const {state} = useSearcher(true);
  const {selectMessage} = usePluralForm();
  const now = useNow(new Date(0).toISOString());
  const response = useSearchResponse(state, {query, filters, limit: 100, now});

  // Typing changes the current history entry: one entry per letter would make Back useless.
  const setQuery = (value: string): void => setState({query: value, filters}, {replace: true});
  const toggle = (facet: FacetName, value: string): void => {
    const {[facet]: current, ...others} = filters;
    setState({query, filters: current === value ? others : {...others, [facet]: value}});
  };

  const title = translate({id: 'passerelles.search.title', message: 'Recherche'});
  return (
    <Layout title={title} description={translate({id: 'passerelles.search.description', message: 'Chercher une vignette, une offre ou une thématique.'})}>
      <main className="container margin-vert--lg passerelles-search">
        <Heading as="h1">{title}</Heading>
        <form role="search" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="passerelles-search-input" className="passerelles-search__label">
            <Translate id="passerelles.search.label">Rechercher dans Passerelles</Translate>
          </label>
          <input
            id="passerelles-search-input"
            type="search"
            className="passerelles-search__input"
            value={query}
            placeholder={translate({id: 'passerelles.search.placeholder', message: 'Thème, mot, sigle...'})}
            onChange={(event) => setQuery(event.target.value)}
          />
        </form>
        {state.status !== 'ready' && (
          <p role="status">
            {state.status === 'failed' ? (
              <Translate id="passerelles.search.failed">La recherche n'a pas pu être chargée. Réessayez plus tard.</Translate>
            ) : (
              <Translate id="passerelles.search.loading">Chargement de l'index...</Translate>
            )}
          </p>
        )}
        {state.status === 'ready' && response !== undefined && (
          <div className="row margin-top--md">
            <div className="col col--3">
              <Facets response={response} filters={filters} searcher={state.backend} onToggle={toggle} />
            </div>
            <div className="col col--9">
              {response.themes.length > 0 && (
                <section className="passerelles-search__themes" aria-labelledby="passerelles-search-themes">
                  <Heading as="h2" id="passerelles-search-themes">
                    {response.themes.some((theme) => theme.ambiguous) ? (
                      <Translate id="passerelles.search.ambiguousTitle">Plusieurs thématiques portent ce nom</Translate>
                    ) : (
                      <Translate id="passerelles.search.themesTitle">Thématique</Translate>
                    )}
                  </Heading>
                  <ul className="passerelles-search__theme-list">
                    {response.themes.map((theme) => (
                      <li key={theme.id} className="passerelles-card">
                        <Link to={theme.permalink} className="passerelles-search__theme-link">
                          {theme.label}
                        </Link>
                        <p className="passerelles-card__summary">{theme.scopeNote}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <p role="status" className="passerelles-search__count">
                {selectMessage(response.total, translate({id: 'passerelles.search.count', message: '{count} résultat|{count} résultats'}, {count: response.total}))}
              </p>
              <ol className="passerelles-search__results">
                {response.results.map((result) => (
                  <li key={result.id} className="passerelles-search__result">
                    <span className="badge badge--secondary">{kindLabel(result.kind)}</span>{' '}
                    <Link to={result.permalink} className="passerelles-search__result-link">
                      {result.title}
                    </Link>
                    {result.summary !== '' && <p className="passerelles-card__summary">{result.summary}</p>}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        )}
      </main>
    </Layout>
  );
}
