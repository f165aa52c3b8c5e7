/** The kinds of item and the closed vocabularies of their fields. Shared by build and browser. */
export const offerKinds = ['formation', 'sensibilisation', 'intervision', 'supervision', 'immersion', 'groupe-de-travail'] as const;
export type OfferKind = (typeof offerKinds)[number];

export const itemKinds = ['vignette', ...offerKinds, 'concertation'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const basins = ['nord', 'nord-est', 'sud', 'sud-est', 'centre-ouest', 'region'] as const;
export type Basin = (typeof basins)[number];

export const formats = ['presentiel', 'en-ligne', 'hybride'] as const;
export type Format = (typeof formats)[number];

export const offerLanguages = ['fr', 'nl', 'en'] as const;
export type OfferLanguage = (typeof offerLanguages)[number];

/** Where an item stands in review: a draft is shown in development only; absent means published. */
export const reviewStatuses = ['brouillon', 'relu'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export function isOfferKind(kind: string): kind is OfferKind {
  return (offerKinds as readonly string[]).includes(kind);
}
