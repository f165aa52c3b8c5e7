import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import type {Item, OfferItem, StructureItem, VignetteItem} from '../model/items';
import {itemNodeId, themeNodeId} from '../shared/map/graph';
import {buildMapData} from './nodes';

function offer(id: string, themes: string[], basin: OfferItem['basin'], title = id): OfferItem {
  return {
    id: `offres/${id}`,
    kind: 'formation',
    file: `docs/offres/${id}.md`,
    permalink: `/docs/offres/${id}/`,
    title,
    summary: 's',
    themes,
    text: '',
    organizer: 'o',
    audience: [],
    languages: ['fr'],
    basin,
    format: 'presentiel',
    cost: {amount: 0},
    registration: 'https://example.org',
    sessions: [],
  };
}

const vignette: VignetteItem = {
  id: 'vignettes/v',
  kind: 'vignette',
  file: 'docs/vignettes/v.md',
  permalink: '/docs/vignettes/v/',
  title: 'V',
  summary: 's',
  themes: ['migration'],
  text: '',
  publics: [],
};

const source = (items: Item[]) => ({taxonomy: fixtureTaxonomy(), items, locale: 'en', themePermalink: (id: string) => `/thematiques/${id}/`});

describe('buildMapData', () => {
  const taxonomy = fixtureTaxonomy();

  it('makes a node of every theme, in the order of the taxonomy, labelled in the locale, linking to its hub', () => {
    const data = buildMapData(source([]));
    expect(data.nodes.map((node) => node.id)).toEqual(taxonomy.themes.map((theme) => themeNodeId(theme.id)));
    const doubleDiagnostic = data.nodes.find((node) => node.id === themeNodeId('double-diagnostic'));
    expect(doubleDiagnostic).toEqual({id: 'theme:double-diagnostic', type: 'theme', label: 'Dual diagnosis', permalink: '/thematiques/double-diagnostic/', basins: []});
  });

  it('links each broader theme to its narrower themes', () => {
    const narrower = buildMapData(source([])).edges.filter((edge) => edge.relation === 'narrower');
    const expected = taxonomy.themes.flatMap((theme) => theme.narrower.map((child) => [themeNodeId(theme.id), themeNodeId(child)]));
    expect(expected.length).toBeGreaterThan(0);
    expect(narrower.map((edge) => [edge.source, edge.target])).toEqual(expected);
  });

  it('adds offers sorted by title, in their basin, linked to each of their themes; leaves vignettes out', () => {
    const data = buildMapData(source([offer('b', ['migration', 'double-diagnostic'], 'nord', 'Beta'), vignette, offer('a', ['assuetudes'], 'region', 'Alpha')]));
    const items = data.nodes.filter((node) => node.type !== 'theme');
    expect(items.map((node) => [node.label, node.type, node.permalink, node.basins])).toEqual([
      ['Alpha', 'formation', '/docs/offres/a/', ['region']],
      ['Beta', 'formation', '/docs/offres/b/', ['nord']],
    ]);
    expect(data.edges.filter((edge) => edge.relation === 'theme').map((edge) => [edge.source, edge.target])).toEqual([
      [itemNodeId('offres/a'), themeNodeId('assuetudes')],
      [itemNodeId('offres/b'), themeNodeId('migration')],
      [itemNodeId('offres/b'), themeNodeId('double-diagnostic')],
    ]);
    expect(new Set(data.edges.map((edge) => edge.id)).size).toBe(data.edges.length);
  });

  it('places a structure in each basin it serves, linked to its themes, and links an offer to the structure that organises it', () => {
    const service: StructureItem = {
      id: 'structures/s',
      kind: 'structure',
      file: 'docs/structures/s.md',
      permalink: '/docs/structures/s/',
      title: 'Service',
      summary: 's',
      themes: ['migration'],
      text: '',
      type: 'ssm',
      basins: ['sud', 'sud-est'],
      publics: [],
      access: {criteria: 'c', referral: [], channels: []},
      languages: ['fr'],
      cost: {amount: 0},
      contact: {},
    };
    const organised: OfferItem = {...offer('a', [], 'sud'), structure: {id: 'structures/s', title: 'Service', permalink: '/docs/structures/s/'}};
    const orphan: OfferItem = {...offer('b', [], 'sud'), structure: {id: 'structures/gone', title: 'Gone', permalink: '/gone/'}};
    const data = buildMapData(source([organised, orphan, service]));
    expect(data.nodes.find((node) => node.id === itemNodeId('structures/s'))).toMatchObject({type: 'structure', basins: ['sud', 'sud-est']});
    expect(data.edges.filter((edge) => edge.source === itemNodeId('structures/s')).map((edge) => [edge.target, edge.relation])).toEqual([[themeNodeId('migration'), 'theme']]);
    // A link to a node that is not on the map is dropped rather than left dangling.
    expect(data.edges.filter((edge) => edge.relation === 'structure').map((edge) => [edge.source, edge.target])).toEqual([[itemNodeId('offres/a'), itemNodeId('structures/s')]]);
  });

  it('drops links to themes the taxonomy does not have', () => {
    const data = buildMapData(source([offer('a', ['not-a-theme', 'migration'], 'nord')]));
    expect(data.edges.filter((edge) => edge.relation === 'theme').map((edge) => edge.target)).toEqual([themeNodeId('migration')]);
  });
});
