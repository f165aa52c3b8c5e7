/** The built pages of structures: a structure lists its offers, an offer links back, /structures lists them all. */
import {isOffer, isStructure, type Item, type OfferItem, type StructureItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {splitByDate} from '../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {builtPage, readableText} from './setup/built-page';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {testBuildDate} from './setup/site';

const route = (permalink: string): string => permalink.replace(/^\/|\/$/g, '');

describe('the built pages of structures', () => {
  let items: Item[];
  let structures: StructureItem[];
  let offers: OfferItem[];
  beforeAll(async () => {
    ({items} = await demoKnowledgeBase());
    structures = items.filter(isStructure);
    offers = items.filter(isOffer);
  });
  const offersOf = (structure: StructureItem): OfferItem[] => offers.filter((offer) => offer.structure?.id === structure.id);

  it('has at least ten structures over the five basins and the region, most of them organising offers', () => {
    expect(structures.length).toBeGreaterThanOrEqual(10);
    expect(new Set(structures.flatMap((structure) => structure.basins))).toEqual(new Set(['nord', 'nord-est', 'sud', 'sud-est', 'centre-ouest', 'region']));
    expect(new Set(structures.map((structure) => structure.type)).size).toBeGreaterThanOrEqual(6);
    expect(offers.filter((offer) => offer.structure !== undefined).length).toBeGreaterThanOrEqual(8);
  });

  it('names, on each offer pointing to a structure, a structure of its basin or of the whole region', () => {
    for (const offer of offers) {
      if (offer.structure === undefined) continue;
      const structure = structures.find((candidate) => candidate.id === offer.structure?.id);
      expect({offer: offer.id, basins: structure?.basins.includes(offer.basin) || structure?.basins.includes('region')}).toEqual({offer: offer.id, basins: true});
    }
  });

  it('shows on a structure’s page its facts and its offers, upcoming before past', async () => {
    for (const structure of structures.filter((candidate) => offersOf(candidate).length > 0)) {
      const text = readableText(await builtPage(route(structure.permalink)));
      expect(text).toContain('Offres de cette structure');
      expect(text).toContain(structure.access.criteria);
      const {upcoming, past} = splitByDate(offersOf(structure), Date.parse(testBuildDate));
      expect(text).toContain(`À venir (${upcoming.length})`);
      const titles = [...upcoming, ...past].map((offer) => offer.title);
      const positions = titles.map((title) => text.indexOf(title, text.indexOf('Offres de cette structure')));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('links an offer’s page to its structure', async () => {
    for (const offer of offers.filter((candidate) => candidate.structure !== undefined)) {
      const html = await builtPage(route(offer.permalink));
      // The site's trailing-slash policy applies to the built links, not to the permalinks read from the folder.
      expect(html).toContain(`href="${(offer.structure?.permalink ?? '').replace(/\/?$/, '/')}"`);
    }
  });

  it('lists every structure on /structures/, with the offers each organises', async () => {
    const text = readableText(await builtPage('structures'));
    expect(text).toContain(`${structures.length} structures`);
    for (const structure of structures) expect(text).toContain(structure.title);
  });

  it('groups the structures of a theme on its hub', async () => {
    const structure = structures.find((candidate) => candidate.themes.includes('double-diagnostic'));
    if (structure === undefined) throw new Error('no structure on double-diagnostic');
    const text = readableText(await builtPage('thematiques/double-diagnostic'));
    const tagged = structures.filter((candidate) => candidate.themes.includes('double-diagnostic'));
    expect(text).toContain(`Structures (${tagged.length})`);
    for (const candidate of tagged) expect(text).toContain(candidate.title);
  });
});
