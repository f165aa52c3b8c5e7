/** The kinds of item and the closed vocabularies of their fields. Shared by build and browser. */
export const offerKinds = ['formation', 'sensibilisation', 'intervision', 'supervision', 'immersion', 'groupe-de-travail'] as const;
export type OfferKind = (typeof offerKinds)[number];

export const itemKinds = ['vignette', ...offerKinds, 'concertation', 'structure'] as const;
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

/**
 * The types of service a structure of the network is (closed list, documented in the README):
 * ssm service de santé mentale; spad soins psychiatriques à domicile; equipe-mobile (crise or long term);
 * habitat-protege initiative d'habitations protégées; maison-medicale first-line practice;
 * service-psychiatrique hospital or psychiatric ward; centre-de-jour day centre; centre-de-crise;
 * reseau network or coordination platform; association any other non-profit.
 */
export const structureTypes = [
  'ssm',
  'spad',
  'equipe-mobile',
  'habitat-protege',
  'maison-medicale',
  'service-psychiatrique',
  'centre-de-jour',
  'centre-de-crise',
  'reseau',
  'association',
] as const;
export type StructureType = (typeof structureTypes)[number];

/** Who may ask a structure for help: the person, someone close, a professional, a doctor. */
export const referralSources = ['personne', 'proche', 'professionnel', 'medecin'] as const;
export type ReferralSource = (typeof referralSources)[number];

/** How a first contact is made. */
export const accessChannels = ['telephone', 'formulaire', 'e-mail', 'sans-rendez-vous'] as const;
export type AccessChannel = (typeof accessChannels)[number];
