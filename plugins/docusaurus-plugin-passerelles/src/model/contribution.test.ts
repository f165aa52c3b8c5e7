import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {renderItemFile} from '../shared/authoring/render';
import {bodyTemplate} from '../shared/authoring/template';
import type {ThemeRef} from '../shared/cards';
import {itemKinds, type ItemKind} from '../shared/kinds';
import {formatNiss, NISS_1985} from '../shared/privacy/__fixtures__/labelled';
import {itemCard} from './card';
import {checkContribution, contributableKinds, formFields, isExportable, type FieldInput, type FormField} from './contribution';
import type {MessageLocale} from './messages';
import {readItem} from './read-item';
import {createItemSchemas} from './schemas';

const schemas = createItemSchemas({taxonomy: fixtureTaxonomy(), timeZone: 'Europe/Brussels'});
const file = 'docs/offres/contribution.md';
const themeRefs = (ids: readonly string[]): ThemeRef[] => ids.map((id) => ({id, label: id, permalink: `/thematiques/${id}`}));

const filled: Record<'vignette' | 'offer' | 'concertation' | 'structure', Record<string, FieldInput>> = {
  vignette: {title: 'Une nuit aux urgences', summary: 'Une jeune femme arrive seule, la nuit.', themes: ['prevention-suicide'], publics: 'jeunes adultes\nurgentistes'},
  offer: {
    title: 'Accueillir le double diagnostic',
    summary: 'Deux matinées pour croiser les pratiques.',
    themes: ['double-diagnostic', 'assuetudes'],
    organizer: 'Service de santé mentale fictif',
    audience: 'psychologues\nassistant·es sociaux',
    languages: ['fr', 'nl'],
    basin: 'nord',
    format: 'presentiel',
    cost: {free: false, amount: '45', note: 'réduit : 20 €'},
    registration: 'https://example.org/inscription',
    sessions: [
      {start: '2027-02-04 09:00', end: '2027-02-04 12:30', location: 'Salle du Tilleul'},
      {start: '', end: '', location: ''},
    ],
  },
  concertation: {title: 'Bassin Sud, concertation n°3', themes: ['migration'], basin: 'sud', date: '2025-05', number: '3', participants: '28'},
  structure: {
    title: 'SSM Les Tilleuls Bleus (fictif)',
    summary: 'Consultations pour adultes et familles.',
    themes: ['double-diagnostic'],
    type: 'ssm',
    basins: ['nord', 'sud'],
    publics: 'adultes\nfamilles',
    access: {criteria: 'Adultes du bassin', referral: ['personne', 'medecin'], channels: ['telephone'], waiting: '3'},
    languages: ['fr'],
    cost: {free: true, amount: '', note: ''},
    contact: {website: 'https://example.org/tilleuls', email: '', phone: '', address: ''},
  },
};

const valuesOf = (kind: ItemKind): Record<string, FieldInput> => filled[kind === 'vignette' || kind === 'concertation' || kind === 'structure' ? kind : 'offer'];

function contribute(kind: ItemKind, values: Record<string, FieldInput>, options: {body?: string; locale?: MessageLocale} = {}) {
  const locale = options.locale ?? 'fr';
  const fields = formFields(schemas, kind);
  const check = checkContribution({kind, fields, values, body: options.body ?? bodyTemplate(kind, locale, 'Texte.'), schemas, locale, file, themeRefs});
  const text = renderItemFile({frontMatter: check.frontMatter, body: options.body ?? bodyTemplate(kind, locale, 'Texte.')});
  return {fields, check, text, read: readItem({file, text, id: file, permalink: '#'}, schemas, locale)};
}

const names = (fields: readonly FormField[]): string[] => fields.map((field) => field.name);

describe('the form of each kind, read from its schema', () => {
  it('offers the fields of an offer, with the widget each calls for', () => {
    const fields = formFields(schemas, 'formation');
    expect(names(fields)).toEqual([
      'title', 'summary', 'themes', 'organizer', 'audience', 'languages', 'basin', 'format', 'cost', 'registration', 'sessions', 'recurrence',
      'authors', 'organization', 'status', 'reviewers',
    ]);
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get('basin')).toMatchObject({required: true, widget: {type: 'choice', options: ['nord', 'nord-est', 'sud', 'sud-est', 'centre-ouest', 'region']}});
    expect(byName.get('languages')).toMatchObject({required: true, widget: {type: 'choices', options: ['fr', 'nl', 'en']}});
    expect(byName.get('themes')?.widget).toEqual({type: 'themes'});
    expect(byName.get('summary')?.widget).toEqual({type: 'text', multiline: true});
    expect(byName.get('audience')?.widget).toEqual({type: 'list'});
    expect(byName.get('cost')?.widget).toEqual({type: 'cost'});
    expect(byName.get('registration')).toMatchObject({required: true, widget: {type: 'url'}, expectation: 'url'});
    expect(byName.get('recurrence')?.required).toBe(false);
    expect(byName.get('status')).toMatchObject({required: false, widget: {type: 'choice', options: ['brouillon', 'relu']}});
    const sessions = byName.get('sessions');
    expect(sessions?.required).toBe(false);
    expect(sessions?.widget.type === 'group' && sessions.widget.fields).toEqual([
      {name: 'start', required: true, widget: {type: 'date-time'}, expectation: 'date-time'},
      {name: 'end', required: true, widget: {type: 'date-time'}, expectation: 'date-time'},
      {name: 'location', required: false, widget: {type: 'text', multiline: false}, expectation: 'text'},
    ]);
  });

  it('offers a vignette and a concertation their own fields, and never the kind or the guard allowances', () => {
    expect(names(formFields(schemas, 'vignette'))).toEqual(['title', 'summary', 'themes', 'publics', 'authors', 'organization', 'status', 'reviewers']);
    const concertation = formFields(schemas, 'concertation');
    expect(names(concertation)).toEqual(['title', 'summary', 'themes', 'basin', 'date', 'number', 'participants', 'authors', 'organization', 'status', 'reviewers']);
    expect(concertation.find((field) => field.name === 'summary')?.required).toBe(false);
    expect(concertation.find((field) => field.name === 'number')?.widget).toEqual({type: 'integer'});
    expect(concertation.find((field) => field.name === 'date')?.widget).toEqual({type: 'date'});
  });

  it('offers a structure its fields, its access criteria and contact as groups of fields', () => {
    const fields = formFields(schemas, 'structure');
    expect(names(fields)).toEqual(['title', 'summary', 'themes', 'type', 'basins', 'publics', 'access', 'languages', 'cost', 'contact', 'authors', 'organization', 'status', 'reviewers']);
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get('type')).toMatchObject({required: true, widget: {type: 'choice', options: expect.arrayContaining(['ssm', 'spad', 'association'])}});
    const access = byName.get('access');
    expect(access?.required).toBe(true);
    expect(access?.widget.type === 'fieldset' && names(access.widget.fields)).toEqual(['criteria', 'referral', 'channels', 'waiting']);
    const contact = byName.get('contact');
    expect(contact?.required).toBe(false);
    expect(contact?.widget.type === 'fieldset' && contact.widget.fields.map((field) => [field.name, field.widget.type])).toEqual([
      ['website', 'url'],
      ['email', 'text'],
      ['phone', 'text'],
      ['address', 'text'],
    ]);
  });

  it('writes a structure’s nested fields, and names a problem inside them by its path', () => {
    const {check} = contribute('structure', valuesOf('structure'));
    expect(check.frontMatter).toMatchObject({access: {criteria: 'Adultes du bassin', referral: ['personne', 'medecin'], channels: ['telephone'], waiting: 3}, contact: {website: 'https://example.org/tilleuls'}, cost: 'gratuit'});
    const wrong = contribute('structure', {...valuesOf('structure'), contact: {website: 'http://example.org', email: 'pas-une-adresse', phone: '', address: ''}});
    expect(wrong.check.problems.map((problem) => problem.field)).toEqual(['contact.website', 'contact.email']);
    expect(wrong.check.problems.map((problem) => problem.message)).toEqual(wrong.read.problems.map((problem) => problem.message));
  });

  it('requires a title, which names the file, though the schema lets a heading give it', () => {
    for (const kind of itemKinds) expect(formFields(schemas, kind).find((field) => field.name === 'title')?.required).toBe(true);
  });
});

describe('checkContribution', () => {
  it.each([...contributableKinds])('accepts a filled %s whose file readItem accepts as it is, with the same card', (kind) => {
    const {check, read} = contribute(kind, valuesOf(kind));
    expect(check.problems).toEqual([]);
    expect(check.findings).toEqual([]);
    expect(isExportable(check)).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.item).toBeDefined();
    if (read.item !== undefined) expect(check.card).toEqual(itemCard(read.item, themeRefs));
  });

  it('writes what the form holds: lists, numbers, a cost with its note, filled sessions only', () => {
    const {check} = contribute('formation', valuesOf('formation'));
    expect(check.frontMatter).toMatchObject({
      kind: 'formation',
      audience: ['psychologues', 'assistant·es sociaux'],
      cost: {amount: 45, note: 'réduit : 20 €'},
      sessions: [{start: '2027-02-04 09:00', end: '2027-02-04 12:30', location: 'Salle du Tilleul'}],
    });
    expect(contribute('formation', {...valuesOf('formation'), cost: {free: true, amount: '45', note: ''}}).check.frontMatter.cost).toBe('gratuit');
    expect(contribute('concertation', valuesOf('concertation')).check.frontMatter).toMatchObject({number: 3, participants: 28, date: '2025-05'});
  });

  it.each<MessageLocale>(['fr', 'nl', 'en'])('says of a date that does not exist what passerelles:check says, next to its field (%s)', (locale) => {
    const values = {...valuesOf('formation'), sessions: [{start: '2027-02-30 09:00', end: '2027-03-01 12:30', location: ''}]};
    const {check, read} = contribute('formation', values, {locale});
    expect(check.problems).toEqual([expect.objectContaining({field: 'sessions[0].start', rule: 'date-nonexistent'})]);
    const fromCheck = read.problems.find((problem) => problem.field === 'sessions[0].start');
    expect(check.problems[0]?.message).toBe(fromCheck?.message);
    expect(check.problems[0]?.message).toContain('"2027-02-30 09:00"');
    expect(check.card).toBeUndefined();
    expect(isExportable(check)).toBe(false);
  });

  it('lists every required field of an empty offer, then the missing schedule', () => {
    const {check} = contribute('intervision', {});
    expect(check.problems.map((problem) => `${problem.field ?? ''} ${problem.rule}`).sort()).toEqual(
      [
        'audience required', 'basin required', 'cost required', 'format required', 'languages required', 'organizer required',
        'registration required', 'summary required', 'themes required', 'title required',
      ].sort(),
    );
    expect(check.problems.find((problem) => problem.field === 'title')?.message).toBe('champ obligatoire manquant ; attendu : un texte');
    const withoutSessions = contribute('intervision', {...valuesOf('intervision'), sessions: []});
    expect(withoutSessions.check.problems).toEqual([expect.objectContaining({field: 'sessions', rule: 'schedule'})]);
    expect(contribute('intervision', {...valuesOf('intervision'), sessions: [], recurrence: 'Un jeudi sur deux'}).check.problems).toEqual([]);
  });

  it('applies the rules across fields: reviewers with "relu", an end after the start', () => {
    const reviewed = contribute('vignette', {...valuesOf('vignette'), status: 'relu'});
    expect(reviewed.check.problems).toEqual([expect.objectContaining({field: 'reviewers', rule: 'review-reviewers'})]);
    const sessions = [{start: '2027-02-04 14:00', end: '2027-02-04 12:00', location: ''}];
    const reversed = contribute('supervision', {...valuesOf('supervision'), sessions});
    expect(reversed.check.problems).toEqual([expect.objectContaining({field: 'sessions[0].end', rule: 'session-order'})]);
  });

  it('requires the sections of the kind in the body, as readItem does', () => {
    const {check, read} = contribute('vignette', valuesOf('vignette'), {body: '## Situation\n\nTexte.\n', locale: 'nl'});
    expect(check.problems).toEqual([expect.objectContaining({rule: 'section', message: 'sectie "Vragen voor de intervisie" ontbreekt in de tekst'})]);
    expect(check.problems[0]?.field).toBeUndefined();
    expect(read.problems.map((problem) => problem.message)).toEqual([check.problems[0]?.message]);
  });

  it('finds a phone number in the body of a vignette and a national number in its summary, masked, and blocks the export', () => {
    const body = "## Situation\n\nElle laisse son numéro, le 0471 23 45 67, à l'accueil.\n\n## Questions pour l'intervision\n\n- Que faire ?\n";
    const values = {...valuesOf('vignette'), summary: `Dossier ${formatNiss.dotted(NISS_1985)}.`};
    const {check, read} = contribute('vignette', values, {body});
    expect(check.problems).toEqual([]);
    expect(check.findings.map(({source, rule, line}) => ({source, rule, line}))).toEqual([
      {source: 'body', rule: 'phone', line: 3},
      {source: 'summary', rule: 'niss', line: 1},
    ]);
    for (const finding of check.findings) {
      expect(finding.message).toContain(finding.excerpt);
      expect(finding.message).not.toMatch(/0471 23 45 67|23 45 67/);
      expect(finding.message).not.toContain(formatNiss.dotted(NISS_1985));
    }
    expect(isExportable(check)).toBe(false);
    expect(read.problems.map((problem) => problem.rule).sort()).toEqual(['privacy-niss', 'privacy-phone']);
  });

  it('does not scan offers, whose numbers are those of services', () => {
    const {check} = contribute('formation', {...valuesOf('formation'), summary: 'Inscriptions au 0471 23 45 67.'});
    expect(check.findings).toEqual([]);
    expect(isExportable(check)).toBe(true);
  });
});
