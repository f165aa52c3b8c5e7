/**
 * The labels of kinds and basins for the published files, which are written
 * outside React: the same ids and texts as PasserellesLabels (a test keeps the
 * French ones equal), Dutch and English from the plugin's translations.
 */
import {defaultCodeTranslations} from '../i18n';
import type {Basin, ItemKind} from '../shared/kinds';

const french: Record<`passerelles.kind.${ItemKind}` | `passerelles.basin.${Basin}`, string> = {
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
};

export const frenchVocabularyLabels: Readonly<Record<string, string>> = french;

export function vocabularyLabels(locale: string): {kindLabel(kind: ItemKind): string; basinLabel(basin: Basin): string} {
  const translations = defaultCodeTranslations(locale);
  const label = (id: keyof typeof french): string => translations[id] ?? french[id];
  return {
    kindLabel: (kind) => label(`passerelles.kind.${kind}`),
    basinLabel: (basin) => label(`passerelles.basin.${basin}`),
  };
}
