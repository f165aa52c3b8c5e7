/**
 * The labels of kinds, basins and languages for what is written outside React
 * (data files, calendars): the same ids and French texts as PasserellesLabels
 * (a test keeps them equal), Dutch and English from the plugin's translations.
 */
import {defaultCodeTranslations} from './index';
import type {Basin, ItemKind, OfferLanguage} from '../shared/kinds';

const french: Record<`passerelles.kind.${ItemKind}` | `passerelles.basin.${Basin}` | `passerelles.language.${OfferLanguage}`, string> = {
  'passerelles.kind.vignette': 'Vignette',
  'passerelles.kind.formation': 'Formation',
  'passerelles.kind.sensibilisation': 'Sensibilisation',
  'passerelles.kind.intervision': 'Intervision',
  'passerelles.kind.supervision': 'Supervision',
  'passerelles.kind.immersion': 'Immersion',
  'passerelles.kind.groupe-de-travail': 'Groupe de travail',
  'passerelles.kind.concertation': 'Concertation',
  'passerelles.kind.structure': 'Structure',
  'passerelles.basin.nord': 'Bassin Nord',
  'passerelles.basin.nord-est': 'Bassin Nord-Est',
  'passerelles.basin.sud': 'Bassin Sud',
  'passerelles.basin.sud-est': 'Bassin Sud-Est',
  'passerelles.basin.centre-ouest': 'Bassin Centre-Ouest',
  'passerelles.basin.region': 'Toute la Région',
  'passerelles.language.fr': 'français',
  'passerelles.language.nl': 'néerlandais',
  'passerelles.language.en': 'anglais',
};

export const frenchVocabularyLabels: Readonly<Record<string, string>> = french;

export function vocabularyLabels(locale: string): {kindLabel(kind: ItemKind): string; basinLabel(basin: Basin): string; languageLabel(language: OfferLanguage): string} {
  const translations = defaultCodeTranslations(locale);
  const label = (id: keyof typeof french): string => translations[id] ?? french[id];
  return {
    kindLabel: (kind) => label(`passerelles.kind.${kind}`),
    basinLabel: (basin) => label(`passerelles.basin.${basin}`),
    languageLabel: (language) => label(`passerelles.language.${language}`),
  };
}
