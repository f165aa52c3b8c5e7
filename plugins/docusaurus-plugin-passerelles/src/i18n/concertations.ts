import type {FeatureTranslations} from './feature';

export const concertationsTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
