import type {Item} from '../model/items';
import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {createSearcher} from '../shared/search/searcher';
import {buildSearchIndex, searchableText} from './build';

const vignette = (index: number, text: string, title = `Situation ${index}`): Item => ({
  id: `v${index}`, kind: 'vignette', file: `docs/v${index}.md`, permalink: `/v/${index}/`, title, summary: 'Résumé.', themes: ['migration'], publics: [], text,
});

describe('buildSearchIndex', () => {
  const now = Date.parse('2026-06-01');

  it('keeps in the body the words that tell documents apart, and leaves very common ones to titles', () => {
    const items = Array.from({length: 250}, (_, index) =>
      vignette(index, `accompagnement quotidien ${index === 7 ? 'kaléidoscope' : ''}`, index === 3 ? 'Accompagnement de nuit' : undefined),
    );
    const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex({items, taxonomy: fixtureTaxonomy(), locale: 'fr', themePermalink: (id) => id}))));
    expect(searcher.search({query: 'kaleidoscope', now}).results.map((result) => result.id)).toEqual(['v7']);
    expect(searcher.search({query: 'accompagnement', now}).results.map((result) => result.id)).toEqual(['v3']);
  });

  it('keeps every body word of a small site, where frequencies say nothing', () => {
    const items = Array.from({length: 20}, (_, index) => vignette(index, 'accompagnement quotidien'));
    const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex({items, taxonomy: fixtureTaxonomy(), locale: 'fr', themePermalink: (id) => id}))));
    expect(searcher.search({query: 'quotidien', now, limit: 50}).total).toBe(20);
  });

  it('reads an offer in its own language when the site language is not among them', () => {
    const offer: Item = {
      id: 'o', kind: 'intervision', file: 'docs/o.md', permalink: '/o/', title: 'Intervisie', summary: 'Wij bespreken opleidingen.', themes: ['migration'], text: '',
      organizer: 'x', audience: ['x'], languages: ['nl'], basin: 'nord', format: 'presentiel', cost: {amount: 0}, registration: 'https://example.org', sessions: [],
      recurrence: 'maandelijks',
    };
    const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex({items: [offer], taxonomy: fixtureTaxonomy(), locale: 'fr', themePermalink: (id) => id}))));
    // Dutch stemming: "opleiding" finds "opleidingen".
    expect(searcher.search({query: 'opleiding', now}).results.map((result) => result.id)).toEqual(['o']);
  });

  it('indexes the label of a directive and none of its markup or attributes', () => {
    const text = searchableText(
      ['Voir :theme[Dubbele diagnose]{id=double-diagnostic} ici.', ':::situation[Le soir]', 'Karim arrive.', ':::', '::offres{theme=prevention-suicide kind=formation}', 'Heure : 10:30.'].join('\n'),
    );
    expect(text).toContain('Voir Dubbele diagnose ici.');
    expect(text).toContain('Le soir');
    expect(text).toContain('Karim arrive.');
    expect(text).toContain('Heure : 10:30.');
    for (const markup of ['double-diagnostic', 'situation', ':::', 'offres', 'prevention', 'kind']) expect(text).not.toContain(markup);
  });

  it('drops link targets and HTML from the text it indexes', () => {
    const text = searchableText('Voir [le guide](https://example.org/guide) et ![schéma](img/a.png) <span>ici</span>');
    expect(text.replace(/\s+/g, ' ')).toBe('Voir [le guide] et ici ');
  });
});
