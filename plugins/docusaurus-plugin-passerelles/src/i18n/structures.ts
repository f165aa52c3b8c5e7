import type {FeatureTranslations} from './feature';

export const structuresTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
