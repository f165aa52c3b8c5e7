import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {basins, offerLanguages, structureTypes} from '../../shared/kinds';
import {
  costValues,
  emptyFilters,
  facetCounts,
  filterStructures,
  filtersFromQuery,
  hasFilters,
  queryOf,
  structureFacets,
  toggleFilter,
  type StructureFacet,
  type StructureFilters,
  type StructureListEntry,
  type StructuresPageProps,
} from '../../shared/structures/filter';
import PasserellesItemCard from '../PasserellesItemCard';
import {useQueryState} from '../PasserellesQueryState';
import {useNow} from '../PasserellesClock';
import {basinLabel, costFacetLabel, facetTitle, languageLabel} from '../PasserellesLabels';
import {structureTypeLabel} from '../PasserellesStructureLabels';

export interface Props {
  structures: StructuresPageProps;
}

/** The heading of the results, where the focus goes when the control that changed the filters is gone. */
const countHeadingId = 'passerelles-structures-count';

interface FacetOption {
  value: string;
  label: string;
}

function facetName(facet: StructureFacet): string {
  return facet === 'type' ? translate({id: 'passerelles.structures.facet.type', message: 'Type de structure'}) : facetTitle(facet);
}

/** The values a facet offers, in the order of its vocabulary (themes by label), with their words. */
function facetOptions(facet: StructureFacet, structures: readonly StructureListEntry[]): FacetOption[] {
  switch (facet) {
    case 'type':
      return structureTypes.map((value) => ({value, label: structureTypeLabel(value)}));
    case 'basin':
      return basins.map((value) => ({value, label: basinLabel(value)}));
    case 'language':
      return offerLanguages.map((value) => ({value, label: languageLabel(value)}));
    case 'cost':
      return costValues.map((value) => ({value, label: costFacetLabel(value)}));
    case 'theme': {
      const themes = new Map(structures.flatMap((structure) => structure.themes).map((theme) => [theme.id, theme.label]));
      return [...themes].map(([value, label]) => ({value, label})).sort((a, b) => a.label.localeCompare(b.label));
    }
  }
}

function Facets({structures, filters, onToggle}: {structures: readonly StructureListEntry[]; filters: StructureFilters; onToggle: (facet: StructureFacet, value: string) => void}): React.ReactNode {
  const counts = facetCounts(structures, filters);
  return (
    <>
      {structureFacets.map((facet) => {
        // A value no structure has is left out, unless it is chosen: then it can be unchosen.
        const options = facetOptions(facet, structures).filter((option) => (counts[facet][option.value] ?? 0) > 0 || filters[facet].includes(option.value));
        if (options.length === 0) return null;
        return (
          <fieldset key={facet} className="passerelles-structures__facet">
            <legend>{facetName(facet)}</legend>
            <ul>
              {options.map((option) => (
                <li key={option.value}>
                  <label>
                    <input
                      type="checkbox"
                      id={`passerelles-structures-${facet}-${option.value.replace(/[^\w-]/g, '_')}`}
                      name={facet}
                      value={option.value}
                      checked={filters[facet].includes(option.value)}
                      onChange={() => onToggle(facet, option.value)}
                    />{' '}
                    {option.label} <span className="passerelles-structures__count">({counts[facet][option.value] ?? 0})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}

/** The structures of the network, filtered by type, basin, language, cost and theme; the filters live in the URL. */
export default function PasserellesStructuresPage({structures: {structures}}: Props): React.ReactNode {
  const {state: filters, setState: navigate} = useQueryState(filtersFromQuery, queryOf, countHeadingId);
  const shown = filterStructures(structures, filters);
  const {selectMessage} = usePluralForm();
  // A structure's card shows no date: the clock only has to be the same in the server's render and the browser's.
  const now = useNow(new Date(0).toISOString());

  const reset = (): void => navigate(emptyFilters());

  const title = translate({id: 'passerelles.structures.page.title', message: 'Structures du réseau'});
  // French counts 0 as singular: "no structure" is said apart.
  const count =
    shown.length === 0
      ? translate({id: 'passerelles.structures.page.none', message: 'Aucune structure'})
      : selectMessage(shown.length, translate({id: 'passerelles.structures.page.count', message: '1 structure|{count} structures'}, {count: shown.length}));
  return (
    <Layout title={title} description={translate({id: 'passerelles.structures.page.description', message: 'Les services du réseau bruxellois de santé mentale : pour qui, où, comment y orienter.'})}>
      <main className="container margin-vert--lg passerelles-structures">
        <Heading as="h1">{title}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.structures.page.lead">
            Qui fait quoi dans le réseau : le type de chaque service, ses bassins, ses publics et comment y orienter une personne.
          </Translate>
        </p>
        <div className="passerelles-structures__layout">
          <form className="passerelles-structures__filters" aria-label={translate({id: 'passerelles.structures.page.filters', message: 'Filtrer les structures'})} onSubmit={(event) => event.preventDefault()}>
            <Facets structures={structures} filters={filters} onToggle={(facet, value) => navigate(toggleFilter(filters, facet, value))} />
            <button type="button" className="button button--secondary button--sm" onClick={reset} disabled={!hasFilters(filters)}>
              <Translate id="passerelles.structures.page.reset">Effacer les filtres</Translate>
            </button>
          </form>
          <section className="passerelles-structures__results" aria-labelledby={countHeadingId}>
            {/* The live region inside the heading: role="status" on the h2 itself would take its heading role away. */}
            <h2 id={countHeadingId} className="passerelles-structures__total" tabIndex={-1}>
              <span role="status">{count}</span>
            </h2>
            {shown.length === 0 ? (
              <div className="passerelles-structures__empty">
                <p>
                  <Translate id="passerelles.structures.page.empty">Aucune structure ne répond à tous ces filtres.</Translate>
                </p>
                <button type="button" className="button button--primary" onClick={reset}>
                  <Translate id="passerelles.structures.page.showAll">Voir toutes les structures</Translate>
                </button>
              </div>
            ) : (
              <ul className="passerelles-structures__list">
                {shown.map((structure) => (
                  <li key={structure.id}>
                    <PasserellesItemCard item={structure} now={now} />
                    {structure.offerCount > 0 && (
                      <p className="passerelles-structures__offers">
                        {selectMessage(structure.offerCount, translate({id: 'passerelles.counts.offers', message: '1 offre|{count} offres'}, {count: structure.offerCount}))}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
