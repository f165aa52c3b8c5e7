/** Everything the importer reads in a report, each fact with the line it comes from. */
import type {Basin} from '../../shared/kinds';
import type {Taxonomy} from '../../shared/taxonomy';
import {detectDate} from './dates';
import {detectBasin, detectNumber, detectParticipants, type Fact} from './facts';
import {foldReport} from './folded';
import {detectThemes, type AmbiguousMention, type DetectedTheme} from './themes';

export interface ReportAnalysis {
  basin?: Fact<Basin>;
  number?: Fact<number>;
  participants?: Fact<number>;
  date?: Fact<string>;
  themes: DetectedTheme[];
  ambiguous: AmbiguousMention[];
}

export function analyseReport(text: string, taxonomy: Taxonomy): ReportAnalysis {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const folded = foldReport(lines);
  const {themes, ambiguous} = detectThemes(taxonomy, lines);
  const analysis: ReportAnalysis = {themes, ambiguous};
  const basin = detectBasin(folded);
  const number = detectNumber(folded);
  const participants = detectParticipants(folded);
  const date = detectDate(lines);
  if (basin !== undefined) analysis.basin = basin;
  if (number !== undefined) analysis.number = number;
  if (participants !== undefined) analysis.participants = participants;
  if (date !== undefined) analysis.date = date;
  return analysis;
}

/** What `--json` prints: exactly these keys, null for what was not found. */
export interface ImportJson {
  basin: Basin | null;
  number: number | null;
  participants: number | null;
  date: string | null;
  themes: DetectedTheme[];
}

export function toImportJson(analysis: ReportAnalysis): ImportJson {
  return {
    basin: analysis.basin?.value ?? null,
    number: analysis.number?.value ?? null,
    participants: analysis.participants?.value ?? null,
    date: analysis.date?.value ?? null,
    themes: analysis.themes.map(({id, evidence}) => ({id, evidence: evidence.map(({line, text}) => ({line, text}))})),
  };
}
