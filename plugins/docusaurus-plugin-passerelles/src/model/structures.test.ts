import {setFlagsFromString} from 'node:v8';
import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {buildGraph} from '../graph/graph';
import {buildKnowledgeBase} from '../pipeline';
import {createPropsBuilder} from '../routes/props';
import {createSitePaths} from '../routes/paths';
import {structuresPageProps} from '../routes/structures';
import {DEFAULT_OPTIONS} from '../options';
import {buildSearchIndex} from '../search/build';
import {offerKinds, structureTypes} from '../shared/kinds';
import type {OfferItem, SourceDocument, StructureItem} from './items';
import {readItem} from './read-item';
import {createItemSchemas} from './schemas';

const schemas = createItemSchemas({taxonomy: fixtureTaxonomy(), timeZone: 'Europe/Brussels'});
const body = '## Missions\n\nTexte.\n\n## Accès\n\nTexte.\n';

/** A structure's file, each field a YAML line (or block) that a test may replace or drop with ''. */
function structureText(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'structure',
    title: '"SSM Les Tilleuls Bleus (fictif)"',
    type: 'ssm',
    summary: '"Consultations psychologiques et psychiatriques pour adultes."',
    themes: '[double-diagnostic]',
    basins: '[nord, nord-est]',
    publics: '[adultes, familles]',
    access: '\n  criteria: "Adultes habitant le bassin"\n  referral: [personne, medecin]\n  channels: [telephone, sans-rendez-vous]\n  waiting: 3',
    languages: '[fr, nl]',
    cost: '{amount: 12, note: "selon les revenus"}',
    contact: '\n  website: "https://example.org/tilleuls"\n  email: accueil@example.org\n  phone: "+32 2 000 00 00"\n  address: "Rue Imaginaire 1, 1000 Bruxelles (fictive)"',
    ...overrides,
  };
  return `---\n${yamlLines(fields)}\n---\n\n${body}`;
}

/** Each field as a YAML line; a field whose value is '' is left out. */
function yamlLines(fields: Record<string, string>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

const structureDocument = (text: string, id = 'structures/tilleuls-bleus'): SourceDocument => ({file: `docs/${id}.md`, text, id, permalink: `/docs/${id}/`});

function offerText(structure: string, sessions = '\n  - start: "2027-01-14 12:30"\n    end: "2027-01-14 14:00"'): string {
  return [
    '---',
    'kind: intervision',
    'title: Intervision du jeudi',
    'summary: "Un temps pour croiser les regards."',
    'organizer: "SSM Les Tilleuls Bleus (fictif)"',
    `structure: ${structure}`,
    'themes: [double-diagnostic]',
    'audience: [psychologues]',
    'languages: [fr]',
    'basin: nord',
    'format: presentiel',
    'cost: gratuit',
    'registration: "https://example.org/inscription"',
    `sessions:${sessions}`,
    '---',
    '',
    'Texte.',
    '',
  ].join('\n');
}

const read = (text: string) => readItem(structureDocument(text), schemas, 'en');
const problemsOf = (overrides: Record<string, string>) => read(structureText(overrides)).problems.map(({field, rule, message}) => ({field, rule, message}));

describe('a structure', () => {
  it('reads every field of a valid structure', () => {
    const {item, problems} = read(structureText());
    expect(problems).toEqual([]);
    const structure = item as StructureItem;
    expect(structure).toMatchObject({
      kind: 'structure',
      type: 'ssm',
      basins: ['nord', 'nord-est'],
      publics: ['adultes', 'familles'],
      access: {criteria: 'Adultes habitant le bassin', referral: ['personne', 'medecin'], channels: ['telephone', 'sans-rendez-vous'], waiting: 3},
      languages: ['fr', 'nl'],
      cost: {amount: 12, note: 'selon les revenus'},
      contact: {website: 'https://example.org/tilleuls', email: 'accueil@example.org', phone: '+32 2 000 00 00'},
    });
  });

  it('takes a waiting time as text, and no contact at all', () => {
    const {item, problems} = read(structureText({access: '\n  criteria: Tout public\n  referral: [personne]\n  channels: [e-mail]\n  waiting: "quelques jours"', contact: ''}));
    expect(problems).toEqual([]);
    expect(item).toMatchObject({access: {waiting: 'quelques jours'}, contact: {}});
  });

  it('refuses an unknown type with the closest one and every type allowed', () => {
    const [problem] = problemsOf({type: 'equipe mobil'});
    expect(problem).toMatchObject({field: 'type', rule: 'structure-type'});
    expect(problem?.message).toContain('"equipe mobil"');
    expect(problem?.message).toContain('did you mean "equipe-mobile"');
    for (const type of structureTypes) expect(problem?.message).toContain(`"${type}"`);
  });

  it('refuses two types at once: a structure is of one type', () => {
    expect(problemsOf({type: '[ssm, spad]'})).toEqual([
      {field: 'type', rule: 'structure-type-single', message: expect.stringContaining('a structure has one type, found ["ssm","spad"]')},
    ]);
  });

  // Found by the property tests: String() of this mapping throws, which stopped the whole check.
  it('says a type written as fields is of the wrong type, without reading it as a word', () => {
    expect(problemsOf({type: '{toString: ""}'})).toEqual([{field: 'type', rule: 'type', message: 'found {"toString":""}, expected: a type among ssm, spad, equipe-mobile, habitat-protege, maison-medicale, service-psychiatrique, centre-de-jour, centre-de-crise, reseau, association'}]);
  });

  it('says a missing type is missing, with the types to choose from', () => {
    expect(problemsOf({type: ''})).toEqual([{field: 'type', rule: 'required', message: expect.stringContaining('"association"')}]);
  });

  it.each([
    ['basins', '[]', 'basins', 'too-short', 'at least 1'],
    ['basins', '[nord, ouest]', 'basins[1]', 'enum', 'unknown value "ouest"'],
    ['publics', '', 'publics', 'required', 'a list of texts'],
    ['access', '', 'access', 'required', '{criteria:'],
    ['access', '\n  criteria: Tous\n  referral: [voisin]\n  channels: [telephone]', 'access.referral[0]', 'enum', '"personne", "proche", "professionnel", "medecin"'],
    ['access', '\n  criteria: Tous\n  referral: [personne]\n  channels: []', 'access.channels', 'too-short', 'at least 1'],
    ['access', '\n  criteria: Tous\n  referral: [personne]\n  channels: [telephone]\n  waiting: -2', 'access.waiting', 'type', 'a number of weeks'],
    ['access', '\n  referral: [personne]\n  channels: [telephone]', 'access.criteria', 'required', 'a text'],
    ['contact', '\n  website: "http://example.org"', 'contact.website', 'type', 'found "http://example.org", expected: an https:// address'],
    ['contact', '\n  email: accueil.example.org', 'contact.email', 'type', 'found "accueil.example.org", expected: an e-mail address'],
    ['contact', '\n  phone: "appeler le matin"', 'contact.phone', 'type', 'expected: a phone number'],
    ['contact', '\n  emial: accueil@example.org', 'contact.emial', 'unknown-field', 'did you mean "email"'],
    ['access', '\n  criteria: Tous\n  referral: [personne]\n  channels: [telephone]\n  horaires: le matin', 'access.horaires', 'unknown-field', 'fields allowed here: "criteria", "referral", "channels", "waiting"'],
    ['languages', '[fr, de]', 'languages[1]', 'enum', 'unknown value "de"'],
    ['cost', 'cher', 'cost', 'type', 'gratuit, an amount in euros'],
  ])('refuses %s: %s, naming the field %s', (field, value, path, rule, text) => {
    const problems = problemsOf({[field]: value});
    expect(problems).toEqual([{field: path, rule, message: expect.stringContaining(text)}]);
  });

  it('names the line of the field at fault', () => {
    const {problems} = read(structureText({contact: '\n  email: accueil.example.org'}));
    const text = structureText({contact: '\n  email: accueil.example.org'});
    const line = text.split('\n').findIndex((entry) => entry.includes('accueil.example.org')) + 1;
    expect(problems[0]).toMatchObject({file: 'docs/structures/tilleuls-bleus.md', line});
  });

  it('requires the sections Missions and Accès', () => {
    const {problems} = readItem(structureDocument(structureText().replace(body, 'Texte.\n')), schemas, 'fr');
    expect(problems.map((problem) => problem.message)).toEqual(['section "Missions" absente du texte', 'section "Accès" absente du texte']);
  });
});

describe('an offer and its structure', () => {
  const taxonomy = {taxonomy: fixtureTaxonomy(), problems: []};
  const offerDocument = (text: string, id = 'offres/intervision-du-jeudi'): SourceDocument => ({file: `docs/${id}.md`, text, id, permalink: `/docs/${id}/`});
  const build = (documents: SourceDocument[]) => buildKnowledgeBase({documents, taxonomy, timeZone: 'Europe/Brussels', locale: 'en'});

  it('links an offer to the structure it names, with its title and page', () => {
    const {items, problems} = build([structureDocument(structureText()), offerDocument(offerText('structures/tilleuls-bleus'))]);
    expect(problems).toEqual([]);
    const offer = items.find((item) => item.kind === 'intervision') as OfferItem;
    expect(offer.structure).toEqual({id: 'structures/tilleuls-bleus', title: 'SSM Les Tilleuls Bleus (fictif)', permalink: '/docs/structures/tilleuls-bleus/'});
  });

  it('gives the items read from files with the same fields one shape (hidden class), so that reading them stays monomorphic', () => {
    // V8's own test of two objects' hidden class; a spread followed by more fields made one per object.
    setFlagsFromString('--allow-natives-syntax');
    const haveSameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    // Structures with one optional field or another: as in a real base, reading them sees many shapes of front matter.
    const extraFields: Record<string, string>[] = [{authors: '[Équipe fictive]'}, {organization: '"Réseau fictif"'}, {sidebar_position: '2'}, {description: '"Une page fictive."'}, {keywords: '[fictif]'}];
    const variants = [{contact: ''}, ...extraFields];
    const varied = variants.map((overrides, index) => structureDocument(structureText(overrides), `structures/variante-${index}`));
    const offers = [
      ...['lundi', 'mardi', 'mercredi'].map((day) => offerDocument(offerText('structures/tilleuls-bleus'), `offres/${day}`)),
      ...offerKinds.flatMap((kind) =>
        extraFields.map((overrides, index) =>
          offerDocument(offerText('structures/tilleuls-bleus').replace('kind: intervision', `kind: ${kind}\n${yamlLines(overrides)}`), `offres/${kind}-${index}`),
        ),
      ),
      ...offerKinds.map((kind) => offerDocument(offerText('structures/glycines').replace('kind: intervision', `kind: ${kind}`), `offres/glycines-${kind}`)),
    ];
    const alike = ['glycines', 'aulnes'].map((id) => structureDocument(structureText(), `structures/${id}`));
    const {items, problems} = build([structureDocument(structureText()), ...varied, ...alike, ...offers]);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1 + variants.length + alike.length + offers.length);
    // Items with the same fields in the same order, and a different hidden class: there must be none.
    const differing = items.filter((item, index) => items.some((other, at) => at < index && Object.keys(other).join() === Object.keys(item).join() && !haveSameShape(other, item)));
    expect(differing.map((item) => item.id)).toEqual([]);
  });

  it('refuses an unknown structure id, naming file, line, field, what was found and the closest ids', () => {
    const text = offerText('structures/tilleul-bleu');
    const {items, problems} = build([structureDocument(structureText()), structureDocument(structureText(), 'structures/glycines'), offerDocument(text)]);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'docs/offres/intervision-du-jeudi.md',
        line: text.split('\n').findIndex((entry) => entry.startsWith('structure:')) + 1,
        field: 'structure',
        rule: 'structure-unknown',
        message: 'no structure has the id "structures/tilleul-bleu"; the closest: "structures/tilleuls-bleus", "structures/glycines" (the id is the file\'s path without .md, e.g. "structures/ssm-exemple")',
      },
    ]);
  });

  it('gives a structure’s page its offers, upcoming soonest first, then past', () => {
    const later = offerDocument(offerText('structures/tilleuls-bleus', '\n  - start: "2027-03-01 09:00"\n    end: "2027-03-01 12:00"'), 'offres/plus-tard');
    const sooner = offerDocument(offerText('structures/tilleuls-bleus', '\n  - start: "2026-12-01 09:00"\n    end: "2026-12-01 12:00"'), 'offres/bientot');
    const past = offerDocument(offerText('structures/tilleuls-bleus', '\n  - start: "2026-01-10 09:00"\n    end: "2026-01-10 12:00"'), 'offres/passee');
    const unrelated = offerDocument(offerText('structures/glycines'), 'offres/ailleurs');
    const glycines = structureDocument(structureText({title: '"SSM Les Glycines Blanches (fictif)"'}), 'structures/glycines');
    const {items, problems} = build([structureDocument(structureText()), glycines, later, past, sooner, unrelated]);
    expect(problems).toEqual([]);
    const graph = buildGraph(items);
    const props = createPropsBuilder({
      taxonomy: fixtureTaxonomy(),
      graph,
      locale: 'fr',
      paths: createSitePaths({baseUrl: '/', trailingSlash: true}, DEFAULT_OPTIONS),
      buildDate: new Date('2026-11-20T00:00:00Z'),
      seeAlsoCount: 5,
      siteUrl: 'https://passerelles.example.org',
    });
    const structure = items.find((item) => item.id === 'structures/tilleuls-bleus');
    if (structure === undefined) throw new Error('no structure');
    expect(props.itemContext(structure).offers?.map((offer) => offer.id)).toEqual(['offres/bientot', 'offres/plus-tard', 'offres/passee']);
    const offer = items.find((item) => item.id === 'offres/bientot');
    if (offer === undefined) throw new Error('no offer');
    expect(props.itemContext(offer).item).toMatchObject({structure: {id: 'structures/tilleuls-bleus', title: 'SSM Les Tilleuls Bleus (fictif)'}});
    expect(props.itemContext(offer).offers).toBeUndefined();
    const list = structuresPageProps(items, graph, props.card);
    expect(list.structures.map((entry) => [entry.id, entry.offerCount])).toEqual([
      ['structures/glycines', 1],
      ['structures/tilleuls-bleus', 3],
    ]);
  });
});

describe('structures in the search index, the hubs and the see-also lists', () => {
  const taxonomy = fixtureTaxonomy();
  const {items, problems} = buildKnowledgeBase({
    documents: [
      structureDocument(structureText()),
      structureDocument(structureText({title: '"Équipe mobile Les Aulnes (fictive)"', type: 'equipe-mobile', basins: '[sud]', cost: 'gratuit'}), 'structures/aulnes'),
      {file: 'docs/offres/jeudi.md', id: 'offres/jeudi', permalink: '/docs/offres/jeudi/', text: offerText('structures/tilleuls-bleus')},
    ],
    taxonomy: {taxonomy, problems: []},
    timeZone: 'Europe/Brussels',
    locale: 'en',
  });

  it('indexes a structure with its kind, its languages, its cost and its basin when it has one', () => {
    expect(problems).toEqual([]);
    const index = buildSearchIndex({items, taxonomy, locale: 'fr', themePermalink: (id) => `/thematiques/${id}/`});
    expect(index.documents.find((document) => document.id === 'structures/aulnes')).toMatchObject({kind: 'structure', basin: 'sud', languages: ['fr', 'nl'], free: true});
    const twoBasins = index.documents.find((document) => document.id === 'structures/tilleuls-bleus');
    expect(twoBasins).toMatchObject({kind: 'structure', free: false});
    expect(twoBasins?.basin).toBeUndefined();
  });

  it('groups a theme’s structures on its hub and suggests them in the see-also of an item on the same theme', () => {
    const graph = buildGraph(items);
    const props = createPropsBuilder({
      taxonomy,
      graph,
      locale: 'fr',
      paths: createSitePaths({baseUrl: '/', trailingSlash: true}, DEFAULT_OPTIONS),
      buildDate: new Date('2026-11-20T00:00:00Z'),
      seeAlsoCount: 5,
      siteUrl: 'https://passerelles.example.org',
    });
    const theme = taxonomy.themes.find((candidate) => candidate.id === 'double-diagnostic');
    if (theme === undefined) throw new Error('no double-diagnostic in the fixture taxonomy');
    expect(props.themeHub(theme).structures.map((card) => card.id)).toEqual(['structures/aulnes', 'structures/tilleuls-bleus']);
    const offer = items.find((item) => item.id === 'offres/jeudi');
    if (offer === undefined) throw new Error('no offer');
    expect(graph.seeAlso(offer, 5).map((item) => item.id)).toEqual(expect.arrayContaining(['structures/tilleuls-bleus', 'structures/aulnes']));
  });
});
