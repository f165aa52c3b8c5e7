/**
 * Property tests of validation: front matter of every kind, valid-ish and garbage (wrong types,
 * nested objects, huge and unusual strings, null, lists where texts are expected, random YAML
 * text) and item text full of markup, through the pipeline and the body checks as the build and
 * `passerelles:check` run them.
 * Validation must never throw, and every problem must name its file and its place: a field, or
 * the line of a front matter that cannot be read, or the line of the text, with a message in words.
 * A fixed seed keeps runs reproducible; fast-check prints the seed and the shrunk case on failure.
 */
import fc from 'fast-check';
import {stringify} from 'yaml';
import {fixtureTaxonomy, fixtureTaxonomyText} from '../__fixtures__/taxonomy';
import {withDirectiveProblems} from '../directives/check';
import {buildKnowledgeBase} from '../pipeline';
import {parseTaxonomy} from '../taxonomy/load';
import {offerKinds} from '../shared/kinds';
import type {SourceDocument} from './items';
import {message, type MessageLocale} from './messages';
import type {Problem} from './problems';

// PASSERELLES_FUZZ_SEED and PASSERELLES_FUZZ_RUNS explore further, away from the committed runs.
const seed = Number(process.env.PASSERELLES_FUZZ_SEED ?? 20_261_120);
const numRuns = Number(process.env.PASSERELLES_FUZZ_RUNS ?? 150);
const taxonomy = {taxonomy: fixtureTaxonomy(), problems: []};
const file = 'docs/fuzz/item.md';

/** Problems of a front matter that cannot be read at all: named by its line, having no field. */
const wholeFrontMatter = new Set(['yaml', 'front-matter-shape']);

async function validate(text: string, locale: MessageLocale): Promise<Problem[]> {
  const documents: SourceDocument[] = [{file, text, id: 'fuzz/item', permalink: '/docs/fuzz/item'}];
  const knowledgeBase = buildKnowledgeBase({documents, taxonomy, timeZone: 'Europe/Brussels', locale});
  return (await withDirectiveProblems(knowledgeBase, documents, locale)).problems;
}

function expectWellFormed(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim().length).toBeGreaterThan(10);
    // Outside the quoted values the author wrote, no sign of a value printed as JavaScript does.
    expect(problem.message.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/\[object \w+\]|\bundefined\b/);
    const byField = typeof problem.field === 'string' && problem.field.length > 0;
    const byLine = problem.line !== undefined && Number.isInteger(problem.line) && problem.line > 0;
    // A place in the text (a directive, markup, identifying data) has a line and a column.
    const inText = byLine && problem.column !== undefined && problem.column > 0;
    // A missing body section is the one problem of a whole file: the section is named in the message.
    if (problem.rule === 'section') continue;
    expect(byField || inText || (byLine && wholeFrontMatter.has(problem.rule))).toBe(true);
  }
}

// Values of the wrong shape for any field.
const unusualText = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.constantFrom('', ' ', '\n', '\u0000', '\uFEFF', '\u202E', '<script>alert(1)</script>', '{{x}}', '%s', '__proto__', 'constructor', 'null', '~', 'yes', '0x1F', '.inf', '2026-02-30', '2026-02-30 09:00'),
  fc.constant('x'.repeat(20_000)),
);
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  unusualText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(unusualText, {maxLength: 4}),
  fc.dictionary(fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('__proto__', 'constructor', 'toString', 'amount', 'start')), fc.jsonValue({maxDepth: 2}), {maxKeys: 4}),
  fc.jsonValue({maxDepth: 3}),
);

/** A field that is right most of the time, else garbage, else absent. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({weight: 3, arbitrary: valid}, {weight: 2, arbitrary: garbage}, {weight: 1, arbitrary: fc.constant(undefined)});
}

const themes = fc.array(fc.constantFrom('migration', 'double-diagnostic', 'double diagnostic', 'Verslaving', 'migratoin', 'psy + addictions'), {minLength: 1, maxLength: 3});
const texts = fc.array(fc.constantFrom('psychologues', 'assistant·es sociaux', 'médecins'), {minLength: 1, maxLength: 3});
const dateTime = fc.constantFrom('2027-01-14 12:30', '2027-01-14T12:30:00Z', '2026-02-30 09:00', '2027-13-01 10:00', '14/01/2027', '2027-03-29 02:30');
const common = {title: field(fc.string({minLength: 1, maxLength: 30})), themes: field(themes), summary: field(fc.constant('Un résumé fictif.')), status: field(fc.constantFrom('brouillon', 'relu'))};

const frontMatterOfKind: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  vignette: fc.record({kind: fc.constant('vignette'), ...common, publics: field(texts), 'privacy-allow': field(fc.constant([{rule: 'phone', reason: 'numéro public'}]))}),
  offer: fc.record({
    kind: fc.constantFrom(...offerKinds),
    ...common,
    organizer: field(fc.constant('Un service (fictif)')),
    audience: field(texts),
    languages: field(fc.subarray(['fr', 'nl', 'en'], {minLength: 1})),
    basin: field(fc.constantFrom('nord', 'sud', 'lune')),
    format: field(fc.constantFrom('presentiel', 'en-ligne')),
    cost: field(fc.oneof(fc.constant('gratuit'), fc.nat(500), fc.record({amount: field(fc.nat(500)), note: field(fc.constant('tarif réduit'))}))),
    registration: field(fc.constantFrom('https://example.org/inscription', 'mailto:a@example.org', 'javascript:alert(1)', 'data:text/html,x', ' https://example.org')),
    sessions: field(fc.array(fc.record({start: field(dateTime), end: field(dateTime), location: field(fc.constant('Salle 1')), loaction: fc.constant(undefined)}), {maxLength: 3})),
    recurrence: field(fc.constant('un jeudi sur deux')),
    structure: field(fc.constantFrom('structures/ssm', 'inconnue')),
  }),
  concertation: fc.record({
    kind: fc.constant('concertation'),
    ...common,
    basin: field(fc.constantFrom('nord', 'region')),
    date: field(fc.constantFrom('2025', '2025-05', '2025-05-15', '2026-02-30', 2025)),
    number: field(fc.integer({min: -2, max: 40})),
    participants: field(fc.integer({min: -2, max: 400})),
  }),
  structure: fc.record({
    kind: fc.constant('structure'),
    ...common,
    type: field(fc.constantFrom('ssm', 'spad', 'maison medicale', ['ssm', 'spad'])),
    basins: field(fc.subarray(['nord', 'sud', 'centre-ouest'], {minLength: 1})),
    publics: field(texts),
    access: field(fc.record({criteria: field(fc.constant('Adultes.')), referral: field(fc.constant(['personne'])), channels: field(fc.constant(['telephone'])), waiting: field(fc.integer({min: -1, max: 8}))})),
    languages: field(fc.constant(['fr'])),
    cost: field(fc.constant('gratuit')),
    contact: field(fc.record({website: field(fc.constantFrom('https://example.org', 'javascript:alert(1)', 'http://x')), email: field(fc.constant('a@example.org')), phone: field(fc.constant('+32 2 000 00 00'))})),
  }),
};

const docusaurusFields = fc.record({tags: field(fc.constant(['a'])), sidebar_position: field(fc.integer()), id: field(fc.constantFrom('autre', 'a/b')), description: field(fc.constant('Description.'))}, {requiredKeys: []});

const frontMatter = fc
  .tuple(fc.constantFrom(...Object.keys(frontMatterOfKind)).chain((kind) => frontMatterOfKind[kind] ?? fc.constant({})), docusaurusFields)
  .map(([fields, docusaurus]) => ({...fields, ...docusaurus}));

const bodies = fc.constantFrom(
  '## Situation\n\nTexte.\n\n## Questions\n\n- Une ?\n',
  '## Besoins\n\n- Un.\n\n## Actions\n\n- Deux.\n',
  '## Missions\n\nTexte.\n\n## Accès\n\nTexte.\n',
  '',
  'Texte avec {une accolade et <b onclick="x">du HTML</b> et [un lien](javascript:alert(1)).\n',
  ':theme[migratoin] et ::offres{theme=}\n',
);

/** YAML text built from the characters that make YAML what it is. */
const yamlText = fc
  .array(fc.constantFrom('kind', ': ', 'vignette', 'themes', '[', ']', '{', '}', '- ', '\n', '  ', '\t', '&a ', '*a', '!!binary ', '!foo ', '? ', '|', '>', '"', "'", '#', ',', '<<: ', '~', '%YAML 1.2', '---', '...', 'é', '\u0000'), {maxLength: 40})
  .map((parts) => parts.join(''));

const locales = fc.constantFrom<MessageLocale>('fr', 'nl', 'en');

describe('validation of generated front matter', () => {
  it('never throws and names the file and the field of every problem, for every kind', async () => {
    await fc.assert(
      fc.asyncProperty(frontMatter, bodies, locales, async (fields, body, locale) => {
        const yaml = stringify(JSON.parse(JSON.stringify(fields)) as unknown);
        expectWellFormed(await validate(`---\n${yaml}---\n\n${body}`, locale));
      }),
      {seed, numRuns},
    );
  });

  it('never throws on garbage front matter of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, locales, async (value, locale) => {
        expectWellFormed(await validate(`---\n${stringify(value)}---\n\nTexte.\n`, locale));
        expectWellFormed(await validate(`---\n${stringify({kind: 'vignette', title: value, themes: value, summary: value})}---\n`, locale));
      }),
      {seed, numRuns},
    );
  });

  it('never throws on random YAML text, and names its line when it does not parse', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, locales, async (text, locale) => {
        expectWellFormed(await validate(`---\n${text}\n---\n\nTexte.\n`, locale));
      }),
      {seed, numRuns: numRuns * 2},
    );
  });
});

/** MDX text built from the pieces of markup, links, directives and code an item's body may hold. */
const bodyText = fc
  .array(
    fc.constantFrom('<', '>', '/>', '{', '}', 'script', 'img ', 'a ', 'onerror=', 'href=', 'src=', '"', "'", 'javascript:', 'data:', 'java&#x09;script:', '&#99999999;', '&colon;', '[x](', '![i](', ')', '\n', '\n\n', ':::questions', ':::', ':theme[', ']', '{id=x}', '::offres{theme=migration}', '`', '```', 'import x from "y"', 'export const a = 1', '## Situation', '- ', 'texte', ' '),
    {maxLength: 30},
  )
  .map((parts) => parts.join(''));

describe('validation of generated item text', () => {
  it('never throws on markup, links, directives and code in any order, and places every problem in the text', async () => {
    await fc.assert(
      fc.asyncProperty(bodyText, locales, async (body, locale) => {
        expectWellFormed(await validate(`---\nkind: vignette\ntitle: T\nsummary: S\nthemes: [migration]\n---\n\n${body}\n`, locale));
      }),
      {seed, numRuns},
    );
  });
});

describe('validation of a generated taxonomy', () => {
  it('never throws, and names the file of every problem', () => {
    const entry = fc.record({prefLabel: field(fc.record({fr: field(unusualText), nl: field(unusualText), en: field(unusualText)})), scopeNote: field(fc.constant({fr: 'a', nl: 'b', en: 'c'})), broader: field(fc.array(fc.constantFrom('a', 'b', 'c', 'migration'))), related: field(garbage)});
    const document = fc.oneof(
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'Bad Id', '__proto__'), entry, {maxKeys: 4}).map((themes) => stringify(JSON.parse(JSON.stringify({themes})) as unknown)),
      yamlText,
      fc.constant(fixtureTaxonomyText),
    );
    fc.assert(
      fc.property(document, locales, (text, locale) => {
        for (const problem of parseTaxonomy(text, 'themes.yml', locale).problems) {
          expect(problem.file).toBe('themes.yml');
          expect(problem.message).not.toMatch(/\[object Object\]|\bundefined\b/);
          expect(problem.message.trim().length).toBeGreaterThan(10);
        }
      }),
      {seed, numRuns},
    );
  });
});

describe('messages', () => {
  it('show any value found without "[object Object]" or a crash', () => {
    fc.assert(
      fc.property(fc.anything({withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true}), (found) => {
        const text = message('en', 'type', {found, expected: 'a text'});
        expect(text).not.toMatch(/\[object Object\]/);
      }),
      {seed, numRuns},
    );
  });
});
