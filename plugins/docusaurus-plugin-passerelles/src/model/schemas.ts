/**
 * One schema per kind: the single source of the fields, their types, their
 * messages (through model/issues) and, later, the form and the templates.
 */
import {closest} from 'fastest-levenshtein';
import {DateTime} from 'luxon';
import {z} from 'zod';
import {accessChannels, basins, formats, itemKinds, offerKinds, offerLanguages, referralSources, reviewStatuses, structureTypes, type StructureType} from '../shared/kinds';
import {normalizeLabel} from '../shared/normalize';
import {PRIVACY_RULES} from '../shared/privacy/rules';
import {resolveTheme, type Taxonomy} from '../shared/taxonomy';
import {ruleIssue} from './issues';
import type {Expectation} from './messages';

export interface SchemaContext {
  taxonomy: Taxonomy;
  /** IANA zone of date-times written without an offset, e.g. Europe/Brussels. */
  timeZone: string;
}

/** What each field expects, by name: used when a value is missing or of the wrong type. */
export const fieldExpectations: Readonly<Record<string, Expectation>> = {
  kind: 'text',
  title: 'text',
  summary: 'text',
  themes: 'theme-list',
  publics: 'text-list',
  organizer: 'text',
  audience: 'text-list',
  languages: 'language-list',
  cost: 'cost',
  registration: 'url',
  sessions: 'sessions',
  start: 'date-time',
  end: 'date-time',
  location: 'text',
  recurrence: 'text',
  date: 'date',
  number: 'integer',
  participants: 'integer',
  amount: 'integer',
  note: 'text',
  authors: 'text-list',
  organization: 'text',
  reviewers: 'text-list',
  'privacy-allow': 'privacy-allowances',
  match: 'text',
  reason: 'text',
  structure: 'structure-id',
  type: 'structure-type',
  basins: 'basin-list',
  access: 'access',
  criteria: 'text',
  referral: 'referral-list',
  channels: 'channel-list',
  waiting: 'waiting',
  contact: 'contact',
  website: 'website',
  email: 'email',
  phone: 'phone',
  address: 'text',
};

/** The sub-fields of each object field, by the field's name: what an unknown sub-field is compared with. */
export const subFields: Readonly<Record<string, readonly string[]>> = {
  sessions: ['start', 'end', 'location'],
  cost: ['amount', 'note'],
  'privacy-allow': ['rule', 'match', 'reason'],
  access: ['criteria', 'referral', 'channels', 'waiting'],
  contact: ['website', 'email', 'phone', 'address'],
};

/** Never top-level front matter fields. */
const nestedFields: readonly string[] = Object.values(subFields).flat();

const dateTimePattern = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
const partialDatePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A date-time as its author wrote it, read in `timeZone` unless it carries an offset. */
export function parseDateTime(value: string, timeZone: string): DateTime | undefined {
  if (!dateTimePattern.test(value)) return undefined;
  const parsed = DateTime.fromISO(value.replace(' ', 'T'), {zone: timeZone, setZone: true});
  return parsed.isValid ? parsed : undefined;
}

const text = z.string().trim().min(1);
const textList = z
  .union([text, z.array(text)])
  .transform((value) => (typeof value === 'string' ? [value] : value));

function themeList(taxonomy: Taxonomy) {
  return z
    .array(text)
    .min(1)
    .transform((values, context) => {
      const ids: string[] = [];
      values.forEach((value, index) => {
        const resolution = resolveTheme(taxonomy, value);
        if (resolution.status === 'theme') {
          if (!ids.includes(resolution.id)) ids.push(resolution.id);
        } else if (resolution.status === 'ambiguous') {
          context.addIssue({...ruleIssue('theme-ambiguous', {found: value, candidates: resolution.candidates}), path: [index], input: value});
        } else {
          context.addIssue({...ruleIssue('theme-unknown', {found: value, suggestions: resolution.suggestions}), path: [index], input: value});
        }
      });
      return ids;
    });
}

/** A day written with a plausible month and day that the calendar does not have: 2026-02-30, 2027-04-31. */
function isNonexistentDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && !DateTime.fromObject({year, month, day}).isValid;
}

function dateTime(timeZone: string) {
  return z.string().transform((value, context) => {
    const parsed = parseDateTime(value, timeZone);
    if (parsed === undefined) {
      const issue = isNonexistentDay(value) ? ruleIssue('date-nonexistent', {found: value}) : ruleIssue('date-invalid', {found: value, expected: '"2027-01-14 12:30"'});
      context.addIssue({...issue, input: value});
      return z.NEVER;
    }
    return parsed.toISO({suppressMilliseconds: true}) ?? value;
  });
}

/** A concertation's date as its schema accepts it: "2025", "2025-05" or "2025-05-15", and a real day. */
export function isPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return partialDatePattern.test(value) && DateTime.fromObject({year: year ?? 0, month: month ?? 1, day: day ?? 1}).isValid;
}

const partialDate = z.union([z.string(), z.number().int()]).transform((raw, context) => {
  const value = String(raw);
  if (!isPartialDate(value)) {
    const issue = isNonexistentDay(value) ? ruleIssue('date-nonexistent', {found: value}) : ruleIssue('date-invalid', {found: raw, expected: '"2025-05-15", "2025-05" ou "2025"'});
    context.addIssue({...issue, input: raw});
    return z.NEVER;
  }
  return value;
});

const freeWords = ['gratuit', 'free', 'gratis'];
const cost = z.union([
  z.string().refine((value) => freeWords.includes(value.trim().toLowerCase())).transform(() => ({amount: 0})),
  z.number().min(0).transform((amount) => ({amount})),
  z.object({amount: z.number().min(0), note: text.optional()}).strict(),
]);

const registration = z.string().superRefine((value, context) => {
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'https:' && protocol !== 'mailto:') {
    context.addIssue({...ruleIssue('registration', {found: value}), input: value});
  }
});

function isStructureType(value: unknown): value is StructureType {
  return typeof value === 'string' && (structureTypes as readonly string[]).includes(value);
}

/** One type, written as its id; a list (two types at once) or an unknown word is refused with the closest type. */
const structureType = z.unknown().transform((value, context): StructureType => {
  if (isStructureType(value)) return value;
  const allowed = structureTypes;
  if (value === undefined) context.addIssue(ruleIssue('required', {expected: allowed.map((type) => `"${type}"`).join(', ')}));
  else if (Array.isArray(value)) context.addIssue({...ruleIssue('structure-type-single', {found: value, allowed}), input: value});
  // A mapping is no word to compare (and String() of `{toString: ""}` throws): its type is wrong.
  else if (typeof value !== 'string' && typeof value !== 'number') context.addIssue({code: 'invalid_type', expected: 'string', input: value});
  else {
    const suggestion = closest(normalizeLabel(String(value)).replace(/ /g, '-'), [...allowed]);
    context.addIssue({...ruleIssue('structure-type', {found: value, allowed, suggestion}), input: value});
  }
  return z.NEVER;
});

const httpsUrl = (value: string): boolean => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Who can be referred, by whom, how, and the wait when it is known. */
const structureAccess = z
  .object({
    criteria: text,
    referral: z.array(z.enum(referralSources)).min(1),
    channels: z.array(z.enum(accessChannels)).min(1),
    // A refinement rather than .int().min(0), so that "-2" is said to be no number of weeks, not "too short".
    waiting: z
      .union([z.number(), text])
      .refine((value) => typeof value === 'string' || (Number.isInteger(value) && value >= 0))
      .optional(),
  })
  .strict();

/** Shapes only: a contact is what the structure publishes, never checked against the world. */
const structureContact = z
  .object({
    website: z.string().trim().refine(httpsUrl).optional(),
    email: z.string().trim().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/).optional(),
    phone: z.string().trim().regex(/^\+?\d[\d ./()-]{5,20}$/).optional(),
    address: text.optional(),
  })
  .strict();

/**
 * Findings of the identifying-data guard an author judges harmless, each with
 * its reason: a whole rule for the file, or only the findings containing `match`.
 */
export const privacyAllowances = z
  .array(z.object({rule: z.enum(PRIVACY_RULES), match: text.optional(), reason: text}).strict())
  .default([]);
export type PrivacyAllowance = z.output<typeof privacyAllowances>[number];

/** "relu" says someone reviewed the item: who, then, must be said. */
function reviewedBySomeone(value: {status?: string; reviewers?: string[]}, context: z.RefinementCtx): void {
  if (value.status === 'relu' && (value.reviewers ?? []).length === 0) {
    context.addIssue({...ruleIssue('review-reviewers', {}), path: ['reviewers']});
  }
}

export function createItemSchemas({taxonomy, timeZone}: SchemaContext) {
  const common = {
    title: text.optional(),
    themes: themeList(taxonomy),
    authors: textList.optional(),
    organization: text.optional(),
    status: z.enum(reviewStatuses).optional(),
    reviewers: textList.optional(),
  };

  const session = z
    .object({start: dateTime(timeZone), end: dateTime(timeZone), location: text.optional()})
    // A misspelt `location` would otherwise be dropped without a word.
    .strict()
    .superRefine((value, context) => {
      if (Date.parse(value.end) < Date.parse(value.start)) {
        context.addIssue({...ruleIssue('session-order', {start: value.start, end: value.end}), path: ['end'], input: value.end});
      }
    });

  const vignette = z
    .looseObject({
      ...common,
      kind: z.literal('vignette'),
      summary: text,
      publics: textList.default([]),
      'privacy-allow': privacyAllowances,
    })
    .superRefine(reviewedBySomeone);

  const offer = z
    .looseObject({
      ...common,
      kind: z.enum(offerKinds),
      summary: text,
      organizer: text,
      audience: textList,
      languages: z.array(z.enum(offerLanguages)).min(1),
      basin: z.enum(basins),
      format: z.enum(formats),
      cost,
      registration,
      sessions: z.array(session).min(1).optional(),
      recurrence: text.optional(),
      /** The id of the structure that organises it; checked against the structures by the pipeline. */
      structure: text.optional(),
    })
    .superRefine((value, context) => {
      if (value.sessions === undefined && value.recurrence === undefined) {
        context.addIssue({...ruleIssue('schedule', {}), path: ['sessions']});
      }
      reviewedBySomeone(value, context);
    });

  const concertation = z
    .looseObject({
      ...common,
      kind: z.literal('concertation'),
      summary: text.optional(),
      basin: z.enum(basins),
      date: partialDate.optional(),
      number: z.number().int().min(1).optional(),
      participants: z.number().int().min(1).optional(),
      'privacy-allow': privacyAllowances,
    })
    .superRefine(reviewedBySomeone);

  const structure = z
    .looseObject({
      ...common,
      kind: z.literal('structure'),
      type: structureType,
      summary: text,
      basins: z.array(z.enum(basins)).min(1),
      publics: textList,
      access: structureAccess,
      languages: z.array(z.enum(offerLanguages)).min(1),
      cost,
      contact: structureContact.default({}),
    })
    .superRefine(reviewedBySomeone);

  return {vignette, offer, concertation, structure};
}

export type ItemSchemas = ReturnType<typeof createItemSchemas>;
export type VignetteFields = z.output<ItemSchemas['vignette']>;
export type OfferFields = z.output<ItemSchemas['offer']>;
export type ConcertationFields = z.output<ItemSchemas['concertation']>;
export type StructureFields = z.output<ItemSchemas['structure']>;
export type Session = NonNullable<OfferFields['sessions']>[number];
export type Cost = OfferFields['cost'];

export const kindSchema = z.enum(itemKinds);

/** The front matter fields the schemas know, to catch a typo such as `theme:` for `themes:`. */
export const knownFields: readonly string[] = [
  ...Object.keys(fieldExpectations).filter((field) => !nestedFields.includes(field)),
  // Fields of a closed list, which say what they expect themselves: known, so that `basin` is not taken for a typo of `basins`.
  'basin',
  'format',
  'status',
];
