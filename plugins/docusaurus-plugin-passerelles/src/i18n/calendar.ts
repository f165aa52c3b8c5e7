import type {FeatureTranslations} from './feature';

export const calendarTranslations: FeatureTranslations = {
  nl: {},
  en: {},
};
