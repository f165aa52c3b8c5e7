import type {FeatureTranslations} from './feature';

export const dataTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
