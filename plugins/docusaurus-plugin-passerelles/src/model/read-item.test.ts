import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {docusaurusFieldProblems} from '../content/docusaurus-fields';
import type {OfferItem, SourceDocument} from './items';
import {sortProblems} from './problems';
import {readItem} from './read-item';
import {createItemSchemas} from './schemas';

const schemas = createItemSchemas({taxonomy: fixtureTaxonomy(), timeZone: 'Europe/Brussels'});

const document = (text: string): SourceDocument => ({file: 'docs/test.md', text, id: 'test', permalink: '/docs/test'});

const offer = (overrides: Record<string, string> = {}): string => {
  const fields: Record<string, string> = {
    kind: 'intervision',
    title: 'Intervision',
    summary: '"Un temps pour croiser les regards."',
    organizer: 'SSM fictif',
    themes: '[double-diagnostic]',
    audience: '[travailleurs sociaux]',
    languages: '[fr, nl]',
    basin: 'nord',
    format: 'presentiel',
    cost: 'gratuit',
    registration: '"https://example.org/inscription"',
    sessions: '\n  - start: "2027-01-14 12:30"\n    end: "2027-01-14 14:00"',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\nTexte.\n`;
};

const vignette = (frontMatter: string, body = "## Situation\n\nTexte.\n\n## Questions pour l'intervision\n\n- Une ?\n"): string =>
  `---\nkind: vignette\ntitle: Une vignette\nsummary: "Résumé."\n${frontMatter}---\n\n${body}`;

describe('readItem', () => {
  it('ignores a document without kind: it is not part of the knowledge base', () => {
    expect(readItem(document('---\ntitle: Page\n---\n\nTexte'), schemas, 'en')).toEqual({item: undefined, problems: []});
    expect(readItem(document('Pas de front matter.'), schemas, 'en')).toEqual({item: undefined, problems: []});
  });

  it('reads a valid offer: themes from labels, cost shorthand, Brussels time with its offset', () => {
    const {item, problems} = readItem(document(offer({themes: '["psy + addictions", Verslaving]'})), schemas, 'en');
    expect(problems).toEqual([]);
    const read = item as OfferItem;
    expect(read.themes).toEqual(['double-diagnostic', 'assuetudes']);
    expect(read.cost).toEqual({amount: 0});
    expect(read.sessions).toEqual([{start: '2027-01-14T12:30:00+01:00', end: '2027-01-14T14:00:00+01:00'}]);
    expect(read).toMatchObject({id: 'test', file: 'docs/test.md', permalink: '/docs/test', title: 'Intervision', kind: 'intervision'});
  });

  it('keeps summer time and explicit offsets apart', () => {
    const sessions = '\n  - start: "2026-07-02 09:00"\n    end: "2026-07-02T11:00:00Z"';
    const {item} = readItem(document(offer({sessions})), schemas, 'en');
    expect((item as OfferItem).sessions[0]).toEqual({start: '2026-07-02T09:00:00+02:00', end: '2026-07-02T11:00:00Z'});
  });

  it('accepts a standing group with a recurrence and no sessions, and a cost with a note', () => {
    const {item, problems} = readItem(
      document(offer({sessions: '', recurrence: '"Un jeudi sur deux"', cost: '{amount: 120, note: "60 € réduit"}', audience: 'infirmier·ères'})),
      schemas,
      'en',
    );
    expect(problems).toEqual([]);
    expect(item).toMatchObject({sessions: [], recurrence: 'Un jeudi sur deux', cost: {amount: 120, note: '60 € réduit'}, audience: ['infirmier·ères']});
  });

  it('names file, field, line, what was found and what was expected', () => {
    const {item, problems} = readItem(document(offer({basin: 'nord-ouest'})), schemas, 'en');
    expect(item).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'docs/test.md',
        line: 9,
        field: 'basin',
        rule: 'enum',
        message: 'unknown value "nord-ouest"; allowed: "nord", "nord-est", "sud", "sud-est", "centre-ouest", "region"',
      },
    ]);
  });

  it('reports a missing required field on the front matter', () => {
    const {problems} = readItem(document(offer({organizer: ''})), schemas, 'fr');
    expect(problems).toEqual([expect.objectContaining({field: 'organizer', rule: 'required'})]);
    expect(problems[0]?.message).toBe('champ obligatoire manquant ; attendu : un texte');
  });

  it('reports a missing basin, cost or audience as missing, with what it expects', () => {
    const {problems} = readItem(document(offer({basin: '', cost: '', audience: ''})), schemas, 'en');
    expect(problems.map((problem) => [problem.field, problem.rule, problem.message])).toEqual([
      ['audience', 'required', 'required field is missing; expected: a list of texts, e.g. [general practitioners, social workers]'],
      ['basin', 'required', 'required field is missing; expected: "nord", "nord-est", "sud", "sud-est", "centre-ouest", "region"'],
      ['cost', 'required', 'required field is missing; expected: gratuit, an amount in euros (e.g. 45) or {amount: 45, note: "…"}'],
    ]);
  });

  it('suggests the closest ids for an unknown theme and lists the candidates of an ambiguous one', () => {
    const {problems} = readItem(document(offer({themes: '[migartion, double diagnostic]'})), schemas, 'en');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({field: 'themes[0]', rule: 'theme-unknown', line: 6});
    expect(problems[0]?.message).toMatch(/^theme "migartion" is not in the taxonomy; closest themes: "migration"/);
    expect(problems[1]).toMatchObject({field: 'themes[1]', rule: 'theme-ambiguous'});
    expect(problems[1]?.message).toContain('"double-diagnostic"');
    expect(problems[1]?.message).toContain('"deficience-intellectuelle"');
  });

  it('names a misspelt field of a session rather than dropping it', () => {
    const sessions = '\n  - start: "2027-01-14 12:30"\n    end: "2027-01-14 14:00"\n    loaction: Salle du Tilleul';
    const {problems} = readItem(document(offer({sessions})), schemas, 'en');
    expect(problems).toEqual([expect.objectContaining({field: 'sessions[0].loaction', rule: 'unknown-field', line: 16, message: 'unknown field "loaction"; did you mean "location"?'})]);
  });

  it('rejects dates that do not exist and sessions that end before they start', () => {
    const sessions = '\n  - start: "2026-02-30 10:00"\n    end: "2026-03-01 10:00"\n  - start: "2026-03-10 14:00"\n    end: "2026-03-10 12:00"';
    const {problems} = readItem(document(offer({sessions})), schemas, 'en');
    expect(problems.map((problem) => [problem.field, problem.rule, problem.line])).toEqual([
      ['sessions[0].start', 'date-nonexistent', 14],
      ['sessions[1].end', 'session-order', 17],
    ]);
  });

  it.each(['"javascript:alert(1)"', '"http://example.org"', '"data:text/html,x"', '"pas une adresse"'])(
    'refuses the registration link %s',
    (registration) => {
      const {problems} = readItem(document(offer({registration})), schemas, 'en');
      expect(problems).toEqual([expect.objectContaining({field: 'registration', rule: 'registration'})]);
    },
  );

  it('asks for sessions or a recurrence', () => {
    const {problems} = readItem(document(offer({sessions: ''})), schemas, 'en');
    expect(problems).toEqual([expect.objectContaining({field: 'sessions', rule: 'schedule'})]);
  });

  it('reports wrong types with what was found', () => {
    const {problems} = readItem(document(offer({languages: 'fr', cost: 'cher'})), schemas, 'en');
    expect(problems.map((problem) => [problem.field, problem.rule])).toEqual([
      ['languages', 'type'],
      ['cost', 'type'],
    ]);
    expect(problems[0]?.message).toBe('found "fr", expected: a list of languages among fr, nl, en');
  });

  it('reports an unknown kind with the kinds it knows', () => {
    const {problems} = readItem(document('---\nkind: atelier\n---\n'), schemas, 'en');
    expect(problems).toEqual([expect.objectContaining({field: 'kind', rule: 'enum', line: 2})]);
  });

  it('reports a front matter that does not parse, with its line', () => {
    const {problems} = readItem(document('---\nkind: vignette\nthemes: [a, b\n---\n'), schemas, 'en');
    expect(problems).toEqual([expect.objectContaining({rule: 'yaml'})]);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a front matter that is a list or a text rather than fields, on any page', () => {
    const {problems} = readItem(document('---\n- kind: vignette\n- title: x\n---\n'), schemas, 'en');
    expect(problems).toEqual([
      {severity: 'error', file: 'docs/test.md', line: 2, rule: 'front-matter-shape', message: 'the front matter must be a series of "name: value" fields, found [{"kind":"vignette"},{"title":"x"}]'},
    ]);
    expect(readItem(document('---\njuste un texte\n---\n'), schemas, 'en').problems).toEqual([expect.objectContaining({rule: 'front-matter-shape'})]);
    expect(readItem(document('---\n---\n\nTexte.\n'), schemas, 'en')).toEqual({item: undefined, problems: []});
  });

  it('names the Docusaurus fields Docusaurus would refuse, once each, on items and other pages', () => {
    const text = vignette('themes: [migration]\ntags: migration\nsidebar_position: deux\nid: vignettes/autre\n').replace('title: Une vignette', 'title: [une, liste]');
    const {problems} = readItem(document(text), schemas, 'en', docusaurusFieldProblems);
    expect(sortProblems(problems).map((problem) => [problem.field, problem.rule, problem.line])).toEqual([
      ['title', 'type', 3],
      ['tags', 'docusaurus-field', 6],
      ['sidebar_position', 'docusaurus-field', 7],
      ['id', 'docusaurus-field', 8],
    ]);
    expect(problems.find((problem) => problem.field === 'tags')?.message).toBe('found "migration", Docusaurus expects: a list of texts, e.g. [general practitioners, social workers]');
    expect(problems.find((problem) => problem.field === 'id')?.message).toBe('found "vignettes/autre", Docusaurus expects: an id without a slash (the folder of the file is already part of it)');
    const page = readItem(document('---\ntitle: [une, liste]\nhide_title: peut-être\n---\n'), schemas, 'en', docusaurusFieldProblems);
    expect(page.problems.map((problem) => `${problem.field}:${problem.message}`)).toEqual([
      'title:found ["une","liste"], Docusaurus expects: a text',
      'hide_title:found "peut-être", Docusaurus expects: true or false',
    ]);
  });

  it('requires the situation and questions sections of a vignette', () => {
    const {problems} = readItem(document(vignette('themes: [migration]\n', '## Situation\n\nTexte.\n')), schemas, 'en');
    expect(problems).toEqual([expect.objectContaining({rule: 'section', message: 'section "Questions for the peer review" is missing from the text'})]);
    const inCode = readItem(document(vignette('themes: [migration]\n', "## Situation\n\n```\n## Questions pour l'intervision\n```\n")), schemas, 'en');
    expect(inCode.problems).toHaveLength(1);
  });

  it('warns about a probable typo in a field name, not about Docusaurus fields', () => {
    const {item, problems} = readItem(document(vignette('themes: [migration]\ntheme: [migration]\nsidebar_position: 2\n')), schemas, 'en');
    expect(item).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({severity: 'warning', field: 'theme', rule: 'unknown-field', line: 6})]);
  });

  it('reads a concertation with a partial date and rejects an impossible one', () => {
    const text = (date: string): string =>
      `---\nkind: concertation\nbasin: sud\ndate: ${date}\nnumber: 3\nparticipants: 40\nthemes: [migration]\n---\n\n# Sud 3\n\n## Besoins observés\n\n- a\n\n## Actions proposées\n\n- b\n`;
    const valid = readItem(document(text('"2025-05"')), schemas, 'en');
    expect(valid.problems).toEqual([]);
    expect(valid.item).toMatchObject({kind: 'concertation', date: '2025-05', number: 3, participants: 40, title: 'Sud 3'});
    expect(readItem(document(text('"2025-13"')), schemas, 'en').problems).toEqual([expect.objectContaining({field: 'date', rule: 'date-invalid'})]);
    expect(readItem(document(text('"2026-02-30"')), schemas, 'en').problems).toEqual([
      expect.objectContaining({field: 'date', rule: 'date-nonexistent', message: 'the date "2026-02-30" does not exist in the calendar; expected: a day that exists (February has 28 or 29 days, April, June, September and November 30)'}),
    ]);
  });
});
