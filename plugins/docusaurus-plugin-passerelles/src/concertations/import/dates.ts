/**
 * The date of the meeting a report tells: ISO ("2025-05-15"), numerals
 * ("15/05/2025"), words in French, Dutch or English ("15 mai 2025",
 * "mei 2025"), or, in a title or heading only, a year. Dates of other
 * meetings are left out: those of a "Save the date" section, and those a line
 * refers to ("cf. rencontre du 11/12/2025").
 */
import {isPartialDate} from '../../model/schemas';
import type {Fact} from './facts';
import {foldForMatching} from './folded';

const months: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, oktober: 10, december: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
};
const monthNames = Object.keys(months).join('|');

const pad = (value: number): string => String(value).padStart(2, '0');

interface DatePattern {
  pattern: RegExp;
  read(match: RegExpMatchArray): string;
}

const datePatterns: readonly DatePattern[] = [
  {pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, read: (m) => `${m[1]}-${m[2]}-${m[3]}`},
  {
    pattern: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.]\d)/g,
    read: (m) => `${(m[3] ?? '').length === 2 ? `20${m[3]}` : m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`,
  },
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:er|e|st|nd|rd|th)?\\s+(${monthNames})\\s+(\\d{4})(?!\\d)`, 'g'),
    read: (m) => `${m[3]}-${pad(months[m[2] ?? ''] ?? 0)}-${pad(Number(m[1]))}`,
  },
  // A month and a year alone, when no day stands before the month.
  {
    pattern: new RegExp(`(?<!\\d\\s*(?:er|e|st|nd|rd|th)?\\s+)(?<!\\p{L})(${monthNames})\\s+(\\d{4})(?!\\d)`, 'gu'),
    read: (m) => `${m[2]}-${pad(months[m[1] ?? ''] ?? 0)}`,
  },
];

/** A short line that opens the part of a report about meetings to come. */
const upcomingSection = /^[#\s*_]*(?:save the date|prochaines? (?:rencontres?|concertations?|dates?)|agenda|a venir|volgende (?:bijeenkomsten?|overleg)|next meetings?)\b/;
/** Words before a date on its line that make it the date of another meeting. */
const reference = /(?:\bcf\b|\bvoir\b|\bzie\b|\bsee\b|\blors de\b|\bprochaine?s?\b|\bvolgende\b|\bnext\b|\[)[^\]]*$/;
const heading = /^\s*#{1,6}\s/;

export function detectDate(lines: readonly string[]): Fact<string> | undefined {
  const firstTextLine = lines.findIndex((line) => line.trim() !== '');
  let inUpcomingSection = false;
  for (const [index, rawLine] of lines.entries()) {
    const line = foldForMatching(rawLine);
    if (line.trim().length < 60 && upcomingSection.test(line.trim())) inUpcomingSection = true;
    if (inUpcomingSection) continue;
    const candidates: {value: string; index: number}[] = [];
    for (const {pattern, read} of datePatterns) {
      for (const match of line.matchAll(pattern)) {
        const value = read(match);
        if (isPartialDate(value) && !reference.test(line.slice(0, match.index))) candidates.push({value, index: match.index});
      }
    }
    const first = candidates.sort((a, b) => a.index - b.index)[0];
    if (first !== undefined) return {value: first.value, line: index + 1};
  }
  // A year alone says the meeting's date only in the title or a heading ("Synthèse … en 2025").
  for (const [index, rawLine] of lines.entries()) {
    if (index !== firstTextLine && !heading.test(rawLine)) continue;
    const line = foldForMatching(rawLine);
    if (line.trim().length < 60 && upcomingSection.test(line.trim())) break;
    const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(line);
    if (year?.[1] !== undefined && !reference.test(line.slice(0, year.index))) return {value: year[1], line: index + 1};
  }
  return undefined;
}
