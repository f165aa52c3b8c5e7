import type {FeatureTranslations} from './feature';

export const catalogueTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
