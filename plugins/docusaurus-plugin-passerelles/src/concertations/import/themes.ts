/**
 * The themes a report raises: every label and altLabel of the taxonomy, in
 * any language, found as whole words in a line folded as the search folds
 * text, so that a label inside a longer word does not count.
 */
import {normalizeLabel} from '../../shared/normalize';
import type {Taxonomy} from '../../shared/taxonomy';

export interface Evidence {
  line: number;
  text: string;
}

export interface DetectedTheme {
  id: string;
  evidence: Evidence[];
}

/** A label several themes share, found in a line: the report cannot say which one is meant. */
export interface AmbiguousMention {
  label: string;
  line: number;
  candidates: string[];
}

export interface ThemeDetection {
  /** In the order of their first mention. */
  themes: DetectedTheme[];
  /** Shared labels none of whose themes was found otherwise. */
  ambiguous: AmbiguousMention[];
}

const evidenceLength = 160;

function excerpt(line: string): string {
  const text = line.trim().replace(/\s+/g, ' ');
  return text.length > evidenceLength ? `${text.slice(0, evidenceLength - 1)}…` : text;
}

interface LabelMatch {
  label: string;
  ids: readonly string[];
  start: number;
  end: number;
}

/**
 * The labels found in a padded, folded line, leaving out those inside a longer
 * one found there: "psy + addictions" is double-diagnostic, not also "addictions".
 */
function outermostMatches(folded: string, labels: readonly (readonly [string, readonly string[]])[]): LabelMatch[] {
  const matches: LabelMatch[] = [];
  for (const [label, ids] of labels) {
    let start = folded.indexOf(` ${label} `);
    while (start !== -1) {
      matches.push({label, ids, start, end: start + label.length + 2});
      start = folded.indexOf(` ${label} `, start + 1);
    }
  }
  return matches.filter(
    (match) => !matches.some((other) => other !== match && other.end - other.start > match.end - match.start && other.start <= match.start && other.end >= match.end),
  );
}

/** `lines` are the report's lines; line numbers are their 1-based indexes. */
export function detectThemes(taxonomy: Taxonomy, lines: readonly string[]): ThemeDetection {
  const evidence = new Map<string, Evidence[]>();
  const ambiguousHits: AmbiguousMention[] = [];
  const labels = Object.entries(taxonomy.labels).filter(([label]) => label !== '');
  lines.forEach((line, index) => {
    // Spaces around the folded line make every match a whole word or phrase.
    const folded = ` ${normalizeLabel(line)} `;
    if (folded.trim() === '') return;
    const lineNumber = index + 1;
    const hitIds = new Set<string>();
    for (const {label, ids} of outermostMatches(folded, labels)) {
      if (ids.length === 1 && ids[0] !== undefined) hitIds.add(ids[0]);
      else ambiguousHits.push({label, line: lineNumber, candidates: [...ids]});
    }
    for (const id of hitIds) {
      const list = evidence.get(id) ?? [];
      list.push({line: lineNumber, text: excerpt(line)});
      evidence.set(id, list);
    }
  });
  // A shared label adds evidence to a theme the report names otherwise; alone, it is left to a human.
  const ambiguous: AmbiguousMention[] = [];
  for (const hit of ambiguousHits) {
    const known = hit.candidates.filter((id) => evidence.has(id));
    if (known.length === 0) {
      ambiguous.push(hit);
      continue;
    }
    for (const id of known) {
      const list = evidence.get(id) ?? [];
      if (!list.some((entry) => entry.line === hit.line)) list.push({line: hit.line, text: excerpt(lines[hit.line - 1] ?? '')});
      list.sort((a, b) => a.line - b.line);
    }
  }
  const themes = [...evidence.entries()]
    .map(([id, found]) => ({id, evidence: found}))
    .sort((a, b) => (a.evidence[0]?.line ?? 0) - (b.evidence[0]?.line ?? 0) || a.id.localeCompare(b.id));
  return {themes, ambiguous};
}
