/**
 * The facts of a structure (a service of the network) as items, cards and
 * pages carry them. Browser-safe: no Node imports.
 */
import type {AccessChannel, ReferralSource} from '../kinds';

/** Who can be referred, by whom, how, and how long one waits. */
export interface StructureAccess {
  /** Who the structure takes on, in the author's words. */
  criteria: string;
  referral: ReferralSource[];
  channels: AccessChannel[];
  /** Weeks as a number, or a text ("quelques jours", "variable") when it is not a number of weeks. */
  waiting?: number | string;
}

/** Every field optional: a structure says what it publishes. */
export interface StructureContact {
  website?: string;
  email?: string;
  phone?: string;
  address?: string;
}

/** An offer's link to the structure that organises it. */
export interface StructureRef {
  id: string;
  title: string;
  permalink: string;
}
