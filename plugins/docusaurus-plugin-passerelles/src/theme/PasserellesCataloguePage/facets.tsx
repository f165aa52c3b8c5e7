import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {CatalogueDomain, CatalogueFacet, CatalogueState, CatalogueTheme, CatalogueView} from '../../shared/catalogue';
import type {Basin, Format, OfferKind, OfferLanguage} from '../../shared/kinds';
import {basinLabel, costFacetLabel, facetTitle, formatLabel, kindLabel, languageLabel} from '../PasserellesLabels';

export interface FacetsProps {
  domain: CatalogueDomain;
  themes: readonly CatalogueTheme[];
  state: CatalogueState;
  view: CatalogueView;
  onToggle: (facet: CatalogueFacet, value: string) => void;
  onToggleArchived: () => void;
}

function title(facet: CatalogueFacet): string {
  switch (facet) {
    case 'lang':
      return facetTitle('language');
    case 'audience':
      return translate({id: 'passerelles.catalogue.facet.audience', message: 'Public'});
    default:
      return facetTitle(facet);
  }
}

function valueLabel(facet: CatalogueFacet, value: string, themes: readonly CatalogueTheme[]): string {
  switch (facet) {
    case 'kind':
      return kindLabel(value as OfferKind);
    case 'theme':
      return themes.find((theme) => theme.id === value)?.label ?? value;
    case 'basin':
      return basinLabel(value as Basin);
    case 'lang':
      return languageLabel(value as OfferLanguage);
    case 'format':
      return formatLabel(value as Format);
    case 'cost':
      return costFacetLabel(value);
    case 'audience':
      return value;
  }
}

function FacetGroup({facet, values, themes, state, view, onToggle}: Omit<FacetsProps, 'domain' | 'onToggleArchived'> & {facet: CatalogueFacet; values: readonly string[]}): React.ReactNode {
  const hintId = `passerelles-catalogue-hint-${facet}`;
  return (
    <fieldset className="passerelles-facets__group passerelles-catalogue__facet" data-facet={facet} aria-describedby={facet === 'theme' ? hintId : undefined}>
      <legend>{title(facet)}</legend>
      {facet === 'theme' && (
        <p id={hintId} className="passerelles-catalogue__hint">
          <Translate id="passerelles.catalogue.themeHint">Une thématique inclut les offres de ses sous-thématiques.</Translate>
        </p>
      )}
      <ul>
        {values.map((value) => {
          const id = `passerelles-catalogue-${facet}-${value.replace(/[^\w-]/g, '_')}`;
          const checked = state.filters[facet].includes(value);
          const count = view.counts[facet][value] ?? 0;
          return (
            <li key={value}>
              <input
                type="checkbox"
                id={id}
                className="passerelles-catalogue__checkbox"
                checked={checked}
                disabled={count === 0 && !checked}
                data-value={value}
                onChange={() => onToggle(facet, value)}
              />
              <label htmlFor={id} className="passerelles-catalogue__option">
                <span>{valueLabel(facet, value, themes)}</span> <span className="passerelles-facet__count">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** One checkbox per value, with the number of offers it would show; a click filters at once (no submit button). */
export default function CatalogueFacets({domain, themes, state, view, onToggle, onToggleArchived}: FacetsProps): React.ReactNode {
  const group = (facet: CatalogueFacet): React.ReactNode => (
    <FacetGroup key={facet} facet={facet} values={domain[facet]} themes={themes} state={state} view={view} onToggle={onToggle} />
  );
  return (
    <form
      className="passerelles-facets passerelles-catalogue__facets"
      aria-label={translate({id: 'passerelles.catalogue.facets', message: 'Filtrer les offres'})}
      onSubmit={(event) => event.preventDefault()}>
      <p className="passerelles-catalogue__archived">
        <input type="checkbox" id="passerelles-catalogue-archived" className="passerelles-catalogue__checkbox" checked={state.archived} onChange={onToggleArchived} />
        <label htmlFor="passerelles-catalogue-archived" className="passerelles-catalogue__option">
          <span>
            <Translate id="passerelles.catalogue.showArchived">Afficher les offres archivées</Translate>
          </span>{' '}
          <span className="passerelles-facet__count">{view.archivedCount}</span>
        </label>
      </p>
      {group('kind')}
      {group('basin')}
      {group('lang')}
      {group('cost')}
      {group('format')}
      {group('theme')}
      <details className="passerelles-catalogue__more" open={state.filters.audience.length > 0}>
        <summary>
          <Translate id="passerelles.catalogue.audienceSummary">Public visé</Translate>
        </summary>
        {group('audience')}
      </details>
    </form>
  );
}
