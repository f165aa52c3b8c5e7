import type {Item} from '../model/items';
import {buildGraph} from './graph';

const vignette = (id: string, themes: string[], title = id): Item => ({
  id,
  kind: 'vignette',
  file: `docs/${id}.md`,
  permalink: `/docs/${id}`,
  title,
  summary: 's',
  themes,
  text: '',
  publics: [],
});
const concertation = (id: string, themes: string[]): Item => ({
  id,
  kind: 'concertation',
  file: `docs/${id}.md`,
  permalink: `/docs/${id}`,
  title: id,
  themes,
  text: '',
  basin: 'nord',
});

describe('buildGraph', () => {
  const a = vignette('a', ['dd', 'logement']);
  const b = vignette('b', ['dd', 'logement'], 'B');
  const c = vignette('c', ['dd']);
  const report = concertation('report', ['dd', 'logement', 'migration', 'jeunes', 'precarite', 'plaidoyer']);
  const lone = vignette('lone', ['migration-x']);
  const graph = buildGraph([a, b, c, report, lone]);

  it('indexes items by theme', () => {
    expect(graph.itemsByTheme.get('dd')?.map((item) => item.id)).toEqual(['a', 'b', 'c', 'report']);
    expect(graph.itemsByTheme.get('absent')).toBeUndefined();
  });

  it('counts themes carried together, most shared first', () => {
    expect(graph.coOccurring('dd')).toEqual([
      {id: 'logement', count: 3},
      {id: 'jeunes', count: 1},
      {id: 'migration', count: 1},
      {id: 'plaidoyer', count: 1},
      {id: 'precarite', count: 1},
    ]);
  });

  it('ranks see-also by similarity of theme sets, so a broad report does not crowd out a close item', () => {
    expect(graph.seeAlso(a, 3).map((item) => item.id)).toEqual(['b', 'c', 'report']);
    expect(graph.seeAlso(a, 1).map((item) => item.id)).toEqual(['b']);
    expect(graph.seeAlso(lone, 5)).toEqual([]);
  });

  it('breaks ties between equally similar items by kind, other kinds first, then by title in French order', () => {
    const items = [vignette('v-zebre', ['x'], 'Zèbre'), vignette('v-ecole', ['x'], 'École'), concertation('c', ['x']), vignette('v-abri', ['x'], 'Abri')];
    const tied = buildGraph([vignette('me', ['x']), ...items]);
    const me = tied.itemsByTheme.get('x')?.[0] as Item;
    expect(tied.seeAlso(me, 4).map((item) => item.id)).toEqual(['c', 'v-abri', 'v-ecole', 'v-zebre']);
    expect(tied.seeAlso(me, 0)).toEqual([]);
  });
});
