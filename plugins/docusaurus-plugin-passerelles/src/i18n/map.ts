import type {FeatureTranslations} from './feature';

export const mapTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
