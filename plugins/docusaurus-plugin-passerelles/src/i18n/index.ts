/**
 * The plugin's own translations, served through getDefaultCodeTranslationMessages().
 * French is the source language (the texts in the components); each feature
 * keeps its Dutch and English texts in a file of its own.
 */
import {calendarTranslations} from './calendar';
import {catalogueTranslations} from './catalogue';
import {concertationsTranslations} from './concertations';
import {dataTranslations} from './data';
import {en} from './en';
import type {FeatureTranslations} from './feature';
import {mapTranslations} from './map';
import {nl} from './nl';
import {structuresTranslations} from './structures';

const features: readonly FeatureTranslations[] = [
  catalogueTranslations,
  structuresTranslations,
  calendarTranslations,
  concertationsTranslations,
  dataTranslations,
  mapTranslations,
];

export function defaultCodeTranslations(locale: string): Record<string, string> {
  const language = locale.split('-')[0];
  if (language !== 'nl' && language !== 'en') return {};
  const base = language === 'nl' ? nl : en;
  return Object.assign({}, base, ...features.map((feature) => feature[language]));
}
