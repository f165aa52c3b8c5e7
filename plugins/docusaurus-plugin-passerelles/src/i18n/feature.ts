/** The Dutch and English texts of one feature's components, keyed by their translate() ids. */
export interface FeatureTranslations {
  nl: Record<string, string>;
  en: Record<string, string>;
}
