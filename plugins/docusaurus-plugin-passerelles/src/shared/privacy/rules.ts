/**
 * The rules of the identifying-data guard: what, in a vignette or a
 * concertation, lets a reader identify a person. Publishing it would breach
 * professional secrecy and the GDPR, so every finding is an error for the
 * author to fix, shown with the identifier masked (see `masking.ts`).
 *
 * Pure functions on a string, shared by the build (Node) and the contribution
 * form (browser): no Node imports. Recall matters more than precision for
 * numbers (checked by their mod-97 digits, so few false alarms remain);
 * precision matters more for names, which are only found behind a civility or
 * a family or care role ("Mme Dupont", "sa fille Léa").
 */
import {normalizeLabel} from '../normalize';
import {maskText} from './masking';

/** All rules, in priority order: when two findings overlap, the earlier rule wins. */
export const PRIVACY_RULES = ['niss', 'iban', 'email', 'phone', 'birthdate', 'address', 'named-person'] as const;
export type PrivacyRule = (typeof PRIVACY_RULES)[number];

export interface Finding {
  rule: PrivacyRule;
  /** 1-based line of the first character of the match. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count) of the first character. */
  column: number;
  /** Length of the match in UTF-16 code units. */
  length: number;
  /** The matched text with the identifier masked: never the identifier in full. */
  excerpt: string;
}

export interface PrivacyOptions {
  /**
   * Names an author declares as not identifying (pseudonyms, public figures):
   * compared after folding case and accents.
   */
  allowNames?: readonly string[];
}

interface Match {
  rule: PrivacyRule;
  start: number;
  end: number;
  excerpt: string;
}

// ---------------------------------------------------------------------------
// Check digits

/** `digits` (a string of decimal digits, any length) modulo 97, without BigInt. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let index = 0; index < digits.length; index += 1) {
    remainder = (remainder * 10 + (digits.charCodeAt(index) - 48)) % 97;
  }
  return remainder;
}

/**
 * A Belgian national register (or BIS) number, as 11 digits: YYMMDD, a
 * 3-digit serial, 2 check digits equal to 97 - (first 9 digits mod 97), with
 * "2" prefixed to the 9 digits for people born from 2000 on. BIS numbers add
 * 20 or 40 to the month; month 00 and day 00 stand for an unknown date.
 */
export function isValidNiss(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (baseMonth > 12 || day > 31) return false;
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - mod97(body) === check || 97 - mod97(`2${body}`) === check;
}

/** A Belgian IBAN without spaces ("BE" + 2 check digits + 12 digits), by ISO 13616 mod 97. */
export function isValidBelgianIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^BE\d{14}$/.test(iban)) return false;
  // Country moved to the end, letters as numbers (B = 11, E = 14): the remainder must be 1.
  return mod97(`${iban.slice(4)}1114${iban.slice(2, 4)}`) === 1;
}

/**
 * A Belgian phone number as its digits (with "+32", "0032", "(0)" or "0"):
 * mobile 04[5-9] + 7 digits, landline 0 + 8 digits. Free (0800),
 * shared-cost (070, 078) and premium (090x) numbers are services, not people.
 */
export function isPersonalBelgianPhone(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (raw.trimStart().startsWith('+')) digits = digits.replace(/^32/, '');
  else if (digits.startsWith('0032')) digits = digits.slice(4);
  digits = digits.replace(/^0/, '');
  if (digits.length === 9) return /^4[5-9]/.test(digits);
  if (digits.length !== 8 || !/^[1-9]/.test(digits)) return false;
  if (/^4[5-9]/.test(digits)) return false;
  return !/^(?:800|70|78|90)/.test(digits);
}

// ---------------------------------------------------------------------------
// Shared pieces of patterns

/** Not glued to a letter or a digit, nor to a digit group just before ("2027-01-14"). */
const NUMBER_START = String.raw`(?<![\p{L}\p{N}]|\d[ .\-/])`;
const NUMBER_END = String.raw`(?![\p{L}\p{N}]|[ .\-/]\d)`;
/** Horizontal white space: a finding never spans a line break unless said so. */
const SP = String.raw`[^\S\n]`;

function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** "rue" → "[Rr]ue": the first letter in either case, the rest as written. */
function capitalisable(word: string): string {
  const first = word.charAt(0);
  const rest = word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const upper = first.toUpperCase();
  return upper === first ? `${first}${rest}` : `[${upper}${first}]${rest}`;
}

// ---------------------------------------------------------------------------
// niss

const NISS = new RegExp(
  `${NUMBER_START}\\d{2}[ .]?\\d{2}[ .]?\\d{2}[ .\\-]?\\d{3}[ .\\-]?\\d{2}${NUMBER_END}`,
  'gu',
);

function findNiss(text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(NISS)) {
    if (!isValidNiss(match[0].replace(/\D/g, ''))) continue;
    matches.push(wholeMatch('niss', match));
  }
  return matches;
}

// ---------------------------------------------------------------------------
// iban

const IBAN = /(?<![\p{L}\p{N}])BE\d{2}(?:[ ]?\d{4}){3}(?![\p{L}\p{N}])/giu;

function findIban(text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(IBAN)) {
    if (!isValidBelgianIban(match[0].replace(/\s/g, ''))) continue;
    matches.push(wholeMatch('iban', match));
  }
  return matches;
}

// ---------------------------------------------------------------------------
// phone

const PHONE_SEPARATOR = String.raw`(?: ?[.\-/] ?| )`;
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}+]|\\d[ .\\-/])` +
    `(?:(?:\\+|00) ?32${PHONE_SEPARATOR}?(?:\\(0\\)${PHONE_SEPARATOR}?)?|0)` +
    `[1-9](?:${PHONE_SEPARATOR}?\\d){7,8}${NUMBER_END}`,
  'gu',
);

function findPhones(text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(PHONE)) {
    if (!isPersonalBelgianPhone(match[0])) continue;
    matches.push(wholeMatch('phone', match));
  }
  return matches;
}

// ---------------------------------------------------------------------------
// email

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;

function findEmails(text: string): Match[] {
  return [...text.matchAll(EMAIL)].map((match) => wholeMatch('email', match));
}

// ---------------------------------------------------------------------------
// birthdate: a date behind a cue that says it is a birth date

const MONTHS = [
  // fr
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout',
  'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'janv', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'déc',
  // nl
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'oktober', 'mrt', 'okt',
  // en
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const MONTH = `(?:${alternatives(MONTHS)})(?![\\p{L}])\\.?`;

const BIRTH_CUE = [
  // "né le", "née le", "né(e) le", and "né à Namur le".
  String.raw`(?<![\p{L}\p{N}])n[ée](?:e|\(e\))?s?(?:${SP}+(?:à|a|en)${SP}+[^\n\d,;.]{1,40}?)?${SP}+le`,
  String.raw`(?<![\p{L}\p{N}])date${SP}+de${SP}+naissance${SP}*:?(?:${SP}*le)?`,
  String.raw`(?<![\p{L}\p{N}])ddn${SP}*:`,
  String.raw`(?<![\p{L}\p{N}])geboren(?:${SP}+(?:te|in)${SP}+[^\n\d,;.]{1,40}?)?${SP}+op`,
  String.raw`(?<![\p{L}\p{N}])geboortedatum${SP}*:?`,
  String.raw`(?<![\p{L}\p{N}-])born(?:${SP}+in${SP}+[^\n\d,;.]{1,40}?)?(?:${SP}+on)?`,
  String.raw`(?<![\p{L}\p{N}])date${SP}+of${SP}+birth${SP}*:?`,
  String.raw`(?<![\p{L}\p{N}])dob${SP}*:`,
  // "°03/03/1985", but not "n° 12.03.85" nor "20°".
  String.raw`(?<![n\d]${SP}?)°`,
].join('|');

const NUMERIC_DATE = String.raw`(?<day>\d{1,2})${SP}?[./\-]${SP}?(?<month>\d{1,2})${SP}?[./\-]${SP}?(?:\d{4}|\d{2})(?!\d)`;
const DAY = String.raw`(?:1er|1re|\d{1,2}(?:e|ste|de|st|nd|rd|th)?)`;
const TEXT_DATE = `${DAY}${SP}+(?:of${SP}+)?${MONTH}(?:,?${SP}+\\d{4}(?!\\d))?`;
const MONTH_FIRST_DATE = `${MONTH}${SP}+\\d{1,2}(?:st|nd|rd|th)?,?${SP}+\\d{4}(?!\\d)`;

const BIRTHDATE = new RegExp(
  `(?<cue>(?:${BIRTH_CUE})${SP}*(?:(?:le|op|on|the)${SP}+)?)(?<date>${NUMERIC_DATE}|${TEXT_DATE}|${MONTH_FIRST_DATE})`,
  'giu',
);

function findBirthdates(text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(BIRTHDATE)) {
    const {cue = '', date = '', day, month} = match.groups ?? {};
    if (day !== undefined && month !== undefined) {
      const d = Number(day);
      const m = Number(month);
      if (d < 1 || d > 31 || m < 1 || m > 12) continue;
    }
    const start = match.index;
    matches.push({rule: 'birthdate', start, end: start + match[0].length, excerpt: maskCue(cue) + maskText(date)});
  }
  return matches;
}

/** The words of a cue stay readable, a birthplace in it ("né à Namur le") does not. */
const CUE_WORDS = new Set(
  ['né', 'née', 'nés', 'nées', 'e', 'le', 'à', 'a', 'en', 'date', 'de', 'naissance', 'ddn', 'geboren', 'te', 'in',
    'op', 'geboortedatum', 'born', 'on', 'the', 'of', 'birth', 'dob'].map(normalizeLabel),
);
function maskCue(cue: string): string {
  return cue.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => (CUE_WORDS.has(normalizeLabel(word)) ? word : maskText(word)));
}

// ---------------------------------------------------------------------------
// address: a street, a house number, then a Brussels postcode (1000–1299)

const STREET_TYPES = [
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'bld', 'chaussée', 'chaussee', 'place', 'square', 'quai',
  'clos', 'drève', 'dreve', 'allée', 'allee', 'impasse', 'chemin', 'galerie', 'parvis', 'rond-point',
  'sentier', 'passage', 'cité', 'cite', 'venelle', 'ruelle', 'promenade', 'esplanade', 'route',
  // Dutch street types that may come first ("Plein der Martelaren")
  'plein', 'lei', 'dreef', 'kaai',
];
const NL_STREET_SUFFIXES = [
  'straat', 'laan', 'lei', 'plein', 'steenweg', 'dreef', 'kaai', 'weg', 'markt', 'hof', 'dijk', 'pad',
  'singel', 'gracht', 'vest', 'dries', 'park', 'berg', 'veld', 'baan', 'square',
];
const FR_STREET = `(?<![\\p{L}\\p{N}])(?:${STREET_TYPES.map(capitalisable).join('|')})(?![\\p{L}])${SP}+[^\\n\\d,;:()]{1,60}?`;
const NL_STREET = `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}'’.\\-]*${SP}+){0,2}\\p{Lu}[\\p{L}'’\\-]*?(?:${alternatives(NL_STREET_SUFFIXES)})`;
const HOUSE_NUMBER = String.raw`${SP}+\d{1,4}(?:${SP}?[a-zA-Z](?![\p{L}]))?`;
const BOX = String.raw`(?:${SP}*[,/]?${SP}*(?:bte|boîte|boite|bt|bus|box|b)\.?${SP}*\d{1,4}[a-zA-Z]?|/\d{1,4})?`;
const POSTCODE = String.raw`\s*(?:[,\-–—]|(?<=\s)(?:à|te|in)(?=\s))?\s*(?:B-?)?1[0-2]\d{2}(?!\p{N})`;
const COMMUNE = String.raw`(?:${SP}+\p{Lu}[\p{L}'’]*(?:(?:-|${SP})\p{Lu}[\p{L}'’]*){0,3})?`;

/** "16 rue des Tilleuls, 1000 Bruxelles": the number first, as in France. */
const NUMBER_FIRST = String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:[a-zA-Z](?![\p{L}]))?,?${SP}+${FR_STREET}`;

const ADDRESS = new RegExp(
  `(?:(?:${FR_STREET}|${NL_STREET})${HOUSE_NUMBER}|${NUMBER_FIRST})${BOX}${POSTCODE}${COMMUNE}`,
  'gu',
);

function findAddresses(text: string): Match[] {
  return [...text.matchAll(ADDRESS)].map((match) => wholeMatch('address', match));
}

// ---------------------------------------------------------------------------
// named-person: a civility or a role, then a capitalised name

const CIVILITIES = [
  'Madame', 'madame', 'Mme', 'Mmes', 'Mademoiselle', 'mademoiselle', 'Mlle', 'Monsieur', 'monsieur', 'M.', 'MM.',
  'Docteur', 'docteur', 'Docteure', 'Dr', 'Dr.', 'Dre', 'Pr', 'Pr.', 'Professeur', 'Professeure', 'Maître',
  'Mevrouw', 'mevrouw', 'Mevr.', 'mevr.', 'Mw.', 'mw.', 'Meneer', 'meneer', 'Mijnheer', 'mijnheer', 'Dhr.',
  'dhr.', 'Dokter', 'dokter', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss',
];

const DETERMINERS = [
  // fr
  'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'votre', 'le', 'la', 'du', 'de la', 'au',
  'à la', 'un', 'une',
  // nl
  'zijn', 'haar', 'hun', 'mijn', 'onze', 'de', 'het', 'een',
  // en
  'his', 'her', 'their', 'my', 'our', 'the', 'a',
];
const ROLES = [
  // fr: family
  'fils', 'fille', 'mère', 'père', 'frère', 'sœur', 'soeur', 'époux', 'épouse', 'mari', 'femme', 'compagnon',
  'compagne', 'conjoint', 'conjointe', 'partenaire', 'ami', 'amie', 'copain', 'copine', 'oncle', 'tante',
  'grand-mère', 'grand-père', 'petit-fils', 'petite-fille', 'beau-père', 'belle-mère', 'demi-frère',
  'demi-sœur', 'neveu', 'nièce', 'cousin', 'cousine', 'enfant', 'bébé', 'voisin', 'voisine',
  // fr: care
  'patient', 'patiente', 'client', 'cliente', 'usager', 'usagère', 'bénéficiaire', 'résident', 'résidente',
  'médecin', 'psychiatre', 'psychologue', 'infirmier', 'infirmière', 'éducateur', 'éducatrice',
  // nl
  'zoon', 'dochter', 'moeder', 'vader', 'broer', 'zus', 'zuster', 'man', 'vrouw', 'echtgenoot',
  'echtgenote', 'vriend', 'vriendin', 'oom', 'kind', 'patiënt', 'patiente', 'cliënt', 'bewoner',
  'buurman', 'buurvrouw', 'kleinzoon', 'kleindochter', 'neef', 'nicht',
  // en
  'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'husband', 'wife', 'partner', 'friend',
  'uncle', 'aunt', 'child', 'neighbour', 'neighbor', 'grandson', 'granddaughter', 'nephew', 'niece',
];
const ROLE_ADJECTIVES = [
  'aîné', 'aînée', 'ainé', 'ainée', 'cadet', 'cadette', 'benjamin', 'benjamine', 'petit', 'petite',
  'oudste', 'jongste', 'eldest', 'youngest', 'older', 'younger', 'little',
];
const NAMING_VERBS = ['prénommé', 'prénommée', 'prénommé(e)', 'surnommé', 'surnommée', 'genaamd', 'named'];

const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'du', 'des', 'le', 'la', 'el', 'al', 'ben', 'bin', 'ter', 'ten', 'd', 'l',
]);
const PARTICLE = String.raw`(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]es|[Ll]e|[Ll]a|[Ee]l|[Aa]l|[Bb]en|[Bb]in|[Tt]er|[Tt]en)${SP}+|[DdLl]['’]`;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)*`;
const CAPS_WORD = String.raw`\p{Lu}{3,}`;
function namePattern(word: string): string {
  return `(?<name>(?:${PARTICLE})?${word}(?:(?:${SP}+|-)(?:${PARTICLE})?${word}){0,2})(?![\\p{L}\\p{N}])`;
}

/** Capitalised words that follow a civility or a role without being a name. */
const NOT_NAMES = new Set(
  [
    // titles and functions
    'directeur', 'directrice', 'président', 'présidente', 'juge', 'ministre', 'bourgmestre', 'échevin',
    'échevine', 'procureur', 'procureure', 'substitut', 'docteur', 'docteure', 'professeur', 'professeure',
    'maire', 'conseiller', 'conseillère', 'député', 'députée', 'sénateur', 'sénatrice', 'recteur', 'rectrice',
    'doyen', 'doyenne', 'commissaire', 'inspecteur', 'inspectrice', 'secrétaire', 'trésorier', 'trésorière',
    'administrateur', 'administratrice', 'coordinateur', 'coordinatrice', 'médiateur', 'médiatrice',
    'voorzitter', 'burgemeester', 'schepen', 'rechter', 'minister', 'dokter', 'professor', 'director',
    'president', 'judge', 'mayor', 'doctor', 'chair', 'tout',
    // civilities: "la fille de Mme K." is not a name, "Mme K." is looked at on its own
    ...CIVILITIES,
    // words a sentence starts with
    'il', 'elle', 'ils', 'elles', 'on', 'un', 'une', 'et', 'ou', 'mais', 'donc', 'car', 'pour', 'dans', 'depuis',
    'avec', 'sans', 'sur', 'sous', 'chez', 'après', 'avant', 'quand', 'lorsque', 'si', 'ce', 'cette', 'ces',
    'son', 'sa', 'ses', 'leur', 'leurs', 'nous', 'vous', 'je', 'tu', 'lui', 'aussi', 'puis', 'ensuite', 'alors',
    'hij', 'zij', 'ze', 'het', 'een', 'en', 'maar', 'want', 'voor', 'na', 'in', 'op', 'met', 'ook', 'dan',
    'he', 'she', 'they', 'the', 'and', 'but', 'for', 'on', 'with', 'then', 'also', 'when', 'after', 'before',
    // days and months
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'maandag', 'dinsdag', 'woensdag',
    'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', ...MONTHS,
    // places, peoples, institutions
    'bruxelles', 'brussel', 'brussels', 'belgique', 'belgië', 'belgium', 'belge', 'belges', 'bruxellois',
    'bruxelloise', 'marocain', 'marocaine', 'français', 'française', 'turc', 'turque', 'congolais',
    'congolaise', 'flamand', 'flamande', 'wallon', 'wallonne', 'européen', 'européenne', 'cpas', 'ocmw',
    'spf', 'inami', 'riziv', 'ssm', 'chu', 'chr', 'sdf', 'tdah', 'onem', 'actiris', 'samusocial', 'alzheimer',
  ].map(normalizeLabel),
);

const CIVILITY_NAME = new RegExp(
  `(?<cue>(?<![\\p{L}\\p{N}.])(?:${alternatives(CIVILITIES)})(?![\\p{L}])${SP}*)${namePattern(`(?:${NAME_WORD}|${CAPS_WORD})`)}`,
  'gu',
);
const ROLE_NAME = new RegExp(
  `(?<cue>(?<![\\p{L}\\p{N}])(?:(?:${DETERMINERS.map(capitalisable).join('|')})${SP}+|[Ll]['’])` +
    `(?:(?:${alternatives(ROLE_ADJECTIVES)})${SP}+)?(?:${alternatives(ROLES)})` +
    `(?:${SP}+(?:${alternatives(ROLE_ADJECTIVES)}))?(?![\\p{L}]),?${SP}+` +
    `|(?<![\\p{L}\\p{N}])(?:${alternatives(NAMING_VERBS)})${SP}+)${namePattern(NAME_WORD)}`,
  'gu',
);

function findNamedPeople(text: string, allowNames: ReadonlySet<string>): Match[] {
  const matches: Match[] = [];
  for (const regex of [CIVILITY_NAME, ROLE_NAME]) {
    for (const match of text.matchAll(regex)) {
      const {cue = '', name = ''} = match.groups ?? {};
      const kept = keptName(name);
      if (kept === null || isAllowed(kept, allowNames)) continue;
      const start = match.index;
      matches.push({rule: 'named-person', start, end: start + cue.length + kept.length, excerpt: cue + maskText(kept)});
    }
  }
  return matches;
}

/** The name up to its first word that is not a name, or null when no name word is left. */
function keptName(name: string): string | null {
  let end = 0;
  for (const token of name.matchAll(/[^\s\-'’]+/gu)) {
    const folded = normalizeLabel(token[0]);
    if (PARTICLES.has(folded)) continue;
    if (NOT_NAMES.has(folded)) break;
    end = token.index + token[0].length;
  }
  return end === 0 ? null : name.slice(0, end);
}

function isAllowed(name: string, allowNames: ReadonlySet<string>): boolean {
  if (allowNames.size === 0) return false;
  if (allowNames.has(normalizeLabel(name))) return true;
  const words = normalizeLabel(name)
    .split(' ')
    .filter((word) => word !== '' && !PARTICLES.has(word));
  return words.length > 0 && words.every((word) => allowNames.has(word));
}

// ---------------------------------------------------------------------------

function wholeMatch(rule: PrivacyRule, match: RegExpMatchArray): Match {
  const start = match.index ?? 0;
  return {rule, start, end: start + match[0].length, excerpt: maskText(match[0])};
}

/**
 * Every identifying datum of `text`, in reading order, each with its 1-based
 * line and column and a masked excerpt. Where two rules match overlapping
 * text, the earlier rule of `PRIVACY_RULES` wins.
 */
export function findIdentifyingData(text: string, options: PrivacyOptions = {}): Finding[] {
  const allowNames = new Set((options.allowNames ?? []).map(normalizeLabel).filter((name) => name !== ''));
  const candidates: Match[] = [
    ...findNiss(text),
    ...findIban(text),
    ...findEmails(text),
    ...findPhones(text),
    ...findBirthdates(text),
    ...findAddresses(text),
    ...findNamedPeople(text, allowNames),
  ];
  const priority = (rule: PrivacyRule): number => PRIVACY_RULES.indexOf(rule);
  candidates.sort((a, b) => priority(a.rule) - priority(b.rule) || a.start - b.start);
  const kept: Match[] = [];
  for (const candidate of candidates) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);

  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return kept.map((match) => {
    const lineIndex = lineOf(lineStarts, match.start);
    return {
      rule: match.rule,
      line: lineIndex + 1,
      column: match.start - (lineStarts[lineIndex] ?? 0) + 1,
      length: match.end - match.start,
      excerpt: match.excerpt,
    };
  });
}

/** Index of the last line start at or before `offset`. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
