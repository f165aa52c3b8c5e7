/**
 * The body sections a kind must have: what validation checks and what
 * templates write. Each section is found by the start of its heading (or
 * `:::name` directive), folded, in any of the site's languages.
 * Shared by the build (Node) and the contribution form (browser).
 */
import type {OutlineEntry} from '../../model/source';
import {normalizeLabel} from '../normalize';

export interface RequiredSection {
  /** The heading a template writes, per language. */
  heading: {fr: string; nl: string; en: string};
  /** What a heading may start with to count, folded (no accents, lower case). */
  accepts: string[];
}

export const requiredSections: Partial<Record<string, RequiredSection[]>> = {
  vignette: [
    {heading: {fr: 'Situation', nl: 'Situatie', en: 'Situation'}, accepts: ['situation', 'situatie', 'casus', 'case']},
    {heading: {fr: "Questions pour l'intervision", nl: 'Vragen voor de intervisie', en: 'Questions for the peer review'}, accepts: ['questions', 'vragen', 'discussion']},
  ],
  concertation: [
    {heading: {fr: 'Besoins observés', nl: 'Behoeften', en: 'Needs observed'}, accepts: ['besoins', 'behoeften', 'noden', 'needs', 'constats']},
    {heading: {fr: 'Actions proposées', nl: 'Acties', en: 'Actions proposed'}, accepts: ['actions', 'acties', 'pistes', 'perspectives']},
  ],
  structure: [
    {heading: {fr: 'Missions', nl: 'Opdrachten', en: 'Missions'}, accepts: ['missions', 'mission', 'opdracht', 'ce que fait', 'wat doet', 'what']},
    {heading: {fr: 'Accès', nl: 'Toegang', en: 'Access'}, accepts: ['acces', 'toegang', 'access', 'comment', 'hoe']},
  ],
};

/** The sections `kind` requires that the outline of a body lacks: the rule of readItem and of the contribution form. */
export function missingSections(kind: string, sections: readonly OutlineEntry[]): RequiredSection[] {
  return (requiredSections[kind] ?? []).filter((section) => !sections.some((entry) => sectionMatches(entry, section.accepts)));
}

function sectionMatches(entry: OutlineEntry, accepts: readonly string[]): boolean {
  if (entry.level === 1) return false;
  const text = normalizeLabel(entry.text);
  return accepts.some((word) => text.startsWith(word));
}
