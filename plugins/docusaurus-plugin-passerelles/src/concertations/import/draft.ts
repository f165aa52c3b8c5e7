/**
 * The draft page an imported report becomes: a concertation's front matter
 * with what was found, a summary to write, and the sections a concertation
 * needs, for a human to finish. Written as `passerelles:new` writes files.
 */
import {renderItemFile} from '../../shared/authoring/render';
import {bodyTemplate} from '../../shared/authoring/template';
import type {Basin} from '../../shared/kinds';

export interface DraftFacts {
  basin: Basin;
  number?: number;
  participants?: number;
  date?: string;
  /** Theme ids; at least one (a placeholder theme when none was found). */
  themes: string[];
}

/** How the basins name themselves in their reports' titles. */
const basinTitles: Readonly<Record<Basin, string>> = {
  nord: 'Bassin Nord',
  'nord-est': 'Bassin Nord-Est',
  sud: 'Bassin Sud',
  'sud-est': 'Bassin Sud-Est',
  'centre-ouest': 'Bassin Centre-Ouest',
  region: 'Région bruxelloise',
};

/** `bassin-nord-est-concertation-2.md`, `region-concertation-2025.md`: from the basin and the number (else the date). */
export function draftFileName({basin, number, date}: Pick<DraftFacts, 'basin' | 'number' | 'date'>): string {
  const prefix = basin === 'region' ? 'region' : `bassin-${basin}`;
  const suffix = number !== undefined ? String(number) : (date ?? 'sans-numero');
  return `${prefix}-concertation-${suffix}.md`;
}

export function draftTitle({basin, number, date}: Pick<DraftFacts, 'basin' | 'number' | 'date'>): string {
  const which = number !== undefined ? `n°${number}` : (date ?? '');
  return `${basinTitles[basin]} — concertation santé mentale ${which}`.trim();
}

export function renderDraft(facts: DraftFacts, source: string): string {
  const frontMatter: Record<string, unknown> = {
    kind: 'concertation',
    status: 'brouillon',
    title: draftTitle(facts),
    summary: 'À compléter : en une ou deux phrases, ce que la rencontre a retenu.',
    basin: facts.basin,
  };
  if (facts.number !== undefined) frontMatter.number = facts.number;
  if (facts.participants !== undefined) frontMatter.participants = facts.participants;
  if (facts.date !== undefined) frontMatter.date = facts.date;
  frontMatter.themes = facts.themes;
  return renderItemFile({
    frontMatter,
    body: bodyTemplate('concertation', 'fr'),
    comment: `Importé de ${source} par passerelles:import-concertation : relisez chaque champ et les thématiques, écrivez le résumé et les sections.`,
  });
}
