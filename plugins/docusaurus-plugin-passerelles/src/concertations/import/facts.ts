/**
 * The facts of a concertation a report states in its own words: the basin,
 * the meeting's number and how many took part. Each is found with the line
 * that says it; the first mention wins, as reports state them at the top.
 */
import type {Basin} from '../../shared/kinds';
import type {FoldedReport} from './folded';

export interface Fact<T> {
  value: T;
  line: number;
}

/** A basin's name after "bassin", "zone", "zorgzone"…, folded and without its hyphen or space. */
const basinNames: Readonly<Record<string, Basin>> = {
  nordest: 'nord-est',
  noordoost: 'nord-est',
  northeast: 'nord-est',
  sudest: 'sud-est',
  zuidoost: 'sud-est',
  southeast: 'sud-est',
  centreouest: 'centre-ouest',
  centrumwest: 'centre-ouest',
  westcentrum: 'centre-ouest',
  centrewest: 'centre-ouest',
  centralwest: 'centre-ouest',
  nord: 'nord',
  noord: 'nord',
  north: 'nord',
  sud: 'sud',
  zuid: 'sud',
  south: 'sud',
};

const basinPattern =
  /(?<!\p{L})(?:bassin|zorgzone|zorgbekken|bekken|basin|zone)\s+(?:d'aide et de soins\s+)?(?:(?:du|de|van)\s+)?(nord[\s-]*est|noord[\s-]*oost|north[\s-]*east|sud[\s-]*est|zuid[\s-]*oost|south[\s-]*east|centre[\s-]*ouest|centrum[\s-]*west|west[\s-]*centrum|centre[\s-]*west|central[\s-]*west|nord|noord|north|sud|zuid|south)(?!\p{L})/gu;
/** A synthesis across the basins speaks of all of them at once. */
const regionPattern = /(?<!\p{L})(?:5|cinq|vijf|five|tous les|alle|all)\s+(?:bassins|zorgzones|zorgbekkens|basins)(?!\p{L})/gu;

export function detectBasin(report: FoldedReport): Fact<Basin> | undefined {
  const found: {basin: Basin; index: number}[] = [];
  for (const match of report.text.matchAll(basinPattern)) {
    const basin = basinNames[(match[1] ?? '').replace(/[\s-]/g, '')];
    if (basin !== undefined) found.push({basin, index: match.index});
  }
  for (const match of report.text.matchAll(regionPattern)) found.push({basin: 'region', index: match.index});
  const first = found.sort((a, b) => a.index - b.index)[0];
  return first === undefined ? undefined : {value: first.basin, line: report.lineAt(first.index)};
}

const meetingWords = '(?:concertation|rencontre|reunion|overleg|vergadering|bijeenkomst|meeting|ct)';
const ordinalWords: Readonly<Record<string, number>> = {
  premiere: 1, premier: 1, deuxieme: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10,
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const numberPatterns: readonly RegExp[] = [
  // "Concertation thématique Santé mentale #3", "concertation n° 2", "Overleg nr. 4", "CT#2"
  new RegExp(`(?<!\\p{L})${meetingWords}(?:\\s+[\\p{L}'·-]+){0,4}\\s*(?:#|n°|no\\.?|nr\\.?|numero|nummer|number)\\s*(\\d{1,3})(?!\\d)`, 'gu'),
  // "3e concertation", "1ère rencontre", "2de overleg", "3rd meeting"
  new RegExp(`(?<![\\p{L}\\d])(\\d{1,3})\\s*(?:e|eme|ere|er|re|de|ste|th|st|nd|rd)\\.?\\s+(?:[\\p{L}·-]+\\s+){0,2}?${meetingWords}(?!\\p{L})`, 'gu'),
  // "troisième concertation", "tweede overleg", "second meeting"
  new RegExp(`(?<!\\p{L})(${Object.keys(ordinalWords).join('|')})\\s+(?:[\\p{L}·-]+\\s+){0,2}?${meetingWords}(?!\\p{L})`, 'gu'),
];
/** Words that make a number the one of another meeting: "soulevées lors de la CT#2", "la prochaine rencontre". */
const otherMeeting = /(?:lors d|precedent|dernier|derniere|prochain|vorig|volgend|previous|last|next)[^\n]{0,30}$/u;

export function detectNumber(report: FoldedReport): Fact<number> | undefined {
  const found: {value: number; index: number}[] = [];
  for (const pattern of numberPatterns) {
    for (const match of report.text.matchAll(pattern)) {
      const written = match[1] ?? '';
      const value = ordinalWords[written] ?? Number(written);
      const before = report.text.slice(Math.max(0, match.index - 40), match.index);
      if (value >= 1 && !otherMeeting.test(before)) found.push({value, index: match.index});
    }
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  return first === undefined ? undefined : {value: first.value, line: report.lineAt(first.index)};
}

const participantWords = '(?:participant|professionnel|acteur|actrice|personne|intervenant|travailleu|deelnemer|professional|aanwezige|attendee|people)';
const participantPatterns: readonly RegExp[] = [
  // "23 acteur·rices du social", "+ de 40\nprofessionnel·les", "20 deelnemers"
  new RegExp(`(?<![\\d/.,:-])(\\d{1,3})(?![\\d/.,:-])\\s+(?:[\\p{L}·'/-]+\\s+){0,2}?${participantWords}`, 'gu'),
  // "Participant·es : 23", "Deelnemers: 20"
  /(?<!\p{L})(?:participant[\p{L}·]*|deelnemers|aanwezigen|attendees|presents?)\s*:\s*(\d{1,4})(?!\d)/gu,
];

export function detectParticipants(report: FoldedReport): Fact<number> | undefined {
  const found: {value: number; index: number}[] = [];
  for (const pattern of participantPatterns) {
    for (const match of report.text.matchAll(pattern)) {
      const value = Number(match[1]);
      if (value >= 1) found.push({value, index: match.index});
    }
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  return first === undefined ? undefined : {value: first.value, line: report.lineAt(first.index)};
}
