import fc from 'fast-check';
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

describe('see-also', () => {
  /** The rule written plainly: every item sharing a theme, sorted by cosine, other kinds first on a tie, then by title. */
  function seeAlsoByFullSort(items: readonly Item[], item: Item, limit: number): string[] {
    const collator = new Intl.Collator('fr');
    const cosine = (other: Item): number => other.themes.filter((theme) => item.themes.includes(theme)).length / Math.sqrt(item.themes.length * other.themes.length);
    return items
      .map((other, index) => ({other, index, score: cosine(other)}))
      .filter(({other, score}) => other !== item && score > 0)
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(a.other.kind === item.kind) - Number(b.other.kind === item.kind) ||
          collator.compare(a.other.title, b.other.title) ||
          a.index - b.index,
      )
      .slice(0, limit)
      .map(({other}) => other.id);
  }

  // Few themes, kinds and titles, so that identical theme sets, ties and both paths of seeAlso are frequent.
  it('gives what sorting every candidate gives', () => {
    const generatedItem = fc.record({
      kind: fc.constantFrom('vignette', 'concertation', 'formation'),
      themes: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), {minLength: 1, maxLength: 4}),
      title: fc.constantFrom('Abri', 'abri', 'École', 'Zèbre', 'Été'),
    });
    fc.assert(
      fc.property(fc.array(generatedItem, {minLength: 1, maxLength: 40}), fc.nat(6), (generated, limit) => {
        // The graph reads kind, themes and title only: an offer's other fields do not matter here.
        const items = generated.map(({kind, themes, title}, index) => ({...vignette(`i${index}`, themes, title), kind}) as Item);
        const graph = buildGraph(items);
        for (const item of items) expect(graph.seeAlso(item, limit).map((other) => other.id)).toEqual(seeAlsoByFullSort(items, item, limit));
      }),
      {numRuns: 300, seed: 20261130},
    );
  });
});
