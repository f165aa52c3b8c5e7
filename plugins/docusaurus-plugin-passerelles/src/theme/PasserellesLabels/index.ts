/**
 * The words of the closed vocabularies, translated. Each call to translate()
 * is written out so that `docusaurus write-translations` can find it.
 */
import {translate} from '@docusaurus/Translate';
import type {Basin, Format, ItemKind, OfferLanguage} from '../../shared/kinds';

export function kindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'vignette':
      return translate({id: 'passerelles.kind.vignette', message: 'Vignette'});
    case 'formation':
      return translate({id: 'passerelles.kind.formation', message: 'Formation'});
    case 'sensibilisation':
      return translate({id: 'passerelles.kind.sensibilisation', message: 'Sensibilisation'});
    case 'intervision':
      return translate({id: 'passerelles.kind.intervision', message: 'Intervision'});
    case 'supervision':
      return translate({id: 'passerelles.kind.supervision', message: 'Supervision'});
    case 'immersion':
      return translate({id: 'passerelles.kind.immersion', message: 'Immersion'});
    case 'groupe-de-travail':
      return translate({id: 'passerelles.kind.groupe-de-travail', message: 'Groupe de travail'});
    case 'concertation':
      return translate({id: 'passerelles.kind.concertation', message: 'Concertation'});
    case 'structure':
      return translate({id: 'passerelles.kind.structure', message: 'Structure'});
  }
}

export function basinLabel(basin: Basin): string {
  switch (basin) {
    case 'nord':
      return translate({id: 'passerelles.basin.nord', message: 'Bassin Nord'});
    case 'nord-est':
      return translate({id: 'passerelles.basin.nord-est', message: 'Bassin Nord-Est'});
    case 'sud':
      return translate({id: 'passerelles.basin.sud', message: 'Bassin Sud'});
    case 'sud-est':
      return translate({id: 'passerelles.basin.sud-est', message: 'Bassin Sud-Est'});
    case 'centre-ouest':
      return translate({id: 'passerelles.basin.centre-ouest', message: 'Bassin Centre-Ouest'});
    case 'region':
      return translate({id: 'passerelles.basin.region', message: 'Toute la Région'});
  }
}

export function formatLabel(format: Format): string {
  switch (format) {
    case 'presentiel':
      return translate({id: 'passerelles.format.presentiel', message: 'En présentiel'});
    case 'en-ligne':
      return translate({id: 'passerelles.format.en-ligne', message: 'En ligne'});
    case 'hybride':
      return translate({id: 'passerelles.format.hybride', message: 'Hybride'});
  }
}

export function languageLabel(language: OfferLanguage): string {
  switch (language) {
    case 'fr':
      return translate({id: 'passerelles.language.fr', message: 'français'});
    case 'nl':
      return translate({id: 'passerelles.language.nl', message: 'néerlandais'});
    case 'en':
      return translate({id: 'passerelles.language.en', message: 'anglais'});
  }
}

export function costFacetLabel(value: string): string {
  return value === 'free'
    ? translate({id: 'passerelles.facet.cost.free', message: 'Gratuit'})
    : translate({id: 'passerelles.facet.cost.paid', message: 'Payant'});
}

export function upcomingFacetLabel(value: string): string {
  return value === 'upcoming'
    ? translate({id: 'passerelles.facet.upcoming.upcoming', message: 'À venir'})
    : translate({id: 'passerelles.facet.upcoming.past', message: 'Passées'});
}

export function facetTitle(facet: 'kind' | 'theme' | 'basin' | 'language' | 'format' | 'cost' | 'upcoming'): string {
  switch (facet) {
    case 'kind':
      return translate({id: 'passerelles.facet.kind', message: 'Type'});
    case 'theme':
      return translate({id: 'passerelles.facet.theme', message: 'Thématique'});
    case 'basin':
      return translate({id: 'passerelles.facet.basin', message: 'Bassin'});
    case 'language':
      return translate({id: 'passerelles.facet.language', message: 'Langue'});
    case 'format':
      return translate({id: 'passerelles.facet.format', message: 'Format'});
    case 'cost':
      return translate({id: 'passerelles.facet.cost', message: 'Prix'});
    case 'upcoming':
      return translate({id: 'passerelles.facet.upcoming', message: 'Dates'});
  }
}
