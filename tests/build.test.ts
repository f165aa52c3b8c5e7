/** Reads the HTML the build wrote: theme hubs and item pages carry what the knowledge base says. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {isOffer, type Item, type OfferItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {builtPage, readableText} from './setup/built-page';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {testBuildDate, testSite} from './setup/site';

const page = builtPage;
const textOf = readableText;

describe('the built theme hub of double-diagnostic', () => {
  let items: Item[];
  beforeAll(async () => {
    ({items} = await demoKnowledgeBase());
  });
  const tagged = (kind: (item: Item) => boolean): Item[] => items.filter((item) => kind(item) && item.themes.includes('double-diagnostic'));

  it('lists every vignette tagged with it', async () => {
    const text = textOf(await page('thematiques/double-diagnostic'));
    const vignettes = tagged((item) => item.kind === 'vignette');
    expect(vignettes.length).toBeGreaterThanOrEqual(3);
    for (const vignette of vignettes) expect(text).toContain(vignette.title);
  });

  it('lists its offers, upcoming ones (soonest first) before past ones', async () => {
    const text = textOf(await page('thematiques/double-diagnostic'));
    const offers = tagged(isOffer) as OfferItem[];
    const now = Date.parse(testBuildDate);
    const upcoming = offers.filter((offer) => isUpcoming(offer, now));
    const past = offers.filter((offer) => !isUpcoming(offer, now));
    expect(upcoming.length).toBeGreaterThan(0);
    expect(text).toContain(`Offres à venir (${upcoming.length})`);
    const upcomingSection = text.slice(text.indexOf('Offres à venir'), text.indexOf('Soulevée en concertation'));
    for (const offer of upcoming) expect(upcomingSection).toContain(offer.title);
    if (past.length > 0) {
      expect(text).toContain(`Offres passées (${past.length})`);
      for (const offer of past) expect(text.indexOf(offer.title)).toBeGreaterThan(text.indexOf('Offres passées'));
    }
  });

  it('shows the concertations that raised it, with basin and date', async () => {
    const text = textOf(await page('thematiques/double-diagnostic'));
    const raised = tagged((item) => item.kind === 'concertation');
    expect(raised.length).toBeGreaterThan(0);
    for (const concertation of raised) expect(text).toContain(concertation.title);
    expect(text).toMatch(/2025 Toute la Région/);
  });

  it('links its related themes, declared and by co-occurrence', async () => {
    const html = await page('thematiques/double-diagnostic');
    expect(html).toContain('href="/thematiques/deficience-intellectuelle/"');
    expect(textOf(html)).toContain('Souvent abordées ensemble');
  });

  it('is translated in Dutch, with the Dutch label of the theme', async () => {
    const text = textOf(await page('nl/thematiques/double-diagnostic'));
    expect(text).toContain('Dubbele diagnose');
    expect(text).toContain('Komend aanbod');
    expect(text).toContain('Casussen');
  });
});

describe('the built page of a vignette', () => {
  it('shows its themes as links to their hubs and a see-also list', async () => {
    const {items} = await demoKnowledgeBase();
    const vignette = items.find((item) => item.kind === 'vignette' && item.themes.length >= 3);
    if (vignette === undefined) throw new Error('no vignette with three themes');
    const html = await page(vignette.permalink.replace(/^\//, ''));
    for (const theme of vignette.themes) expect(html).toContain(`href="/thematiques/${theme}/"`);
    expect(textOf(html)).toContain('Voir aussi');
  });
});

describe('a training module written with directives', () => {
  it('renders its theme links, its objectives section, an embedded vignette and the upcoming offers of its theme', async () => {
    const html = await page('docs/offres/formation-prevention-suicide-premiere-ligne');
    expect(html).toMatch(/<a[^>]*class="passerelles-theme-link"[^>]*data-theme="prevention-suicide"[^>]*href="\/thematiques\/prevention-suicide\/"[^>]*>crise suicidaire<\/a>/);
    expect(html).toMatch(/<a[^>]*data-theme="jeunes"[^>]*href="\/thematiques\/jeunes\/"[^>]*>jeune<\/a>/);
    expect(html).toMatch(/<section class="passerelles-section passerelles-section--objectifs"[^>]*><h2[^>]*>Objectifs d&#x27;apprentissage<\/h2>/);
    expect(textOf(html)).toContain('Des manches longues en juin');
    const {items} = await demoKnowledgeBase();
    const offers = items.filter((item): item is OfferItem => isOffer(item) && item.themes.includes('prevention-suicide'));
    for (const kind of ['sensibilisation', 'supervision']) {
      const list = new RegExp(`<aside class="passerelles-offer-list"[^>]*data-kind="${kind}"[\\s\\S]*?</aside>`).exec(html)?.[0] ?? '';
      const upcoming = offers.filter((offer) => offer.kind === kind && isUpcoming(offer, Date.parse(testBuildDate)));
      expect(upcoming.length).toBeGreaterThan(0);
      for (const offer of upcoming) expect(textOf(list)).toContain(offer.title);
      for (const other of offers.filter((offer) => offer.kind !== kind)) expect(textOf(list)).not.toContain(other.title);
    }
  });
});

describe('a vignette written with :::situation and :::questions', () => {
  it('renders two titled sections, and its theme links, in each language', async () => {
    const html = await page('docs/vignettes/une-nuit-aux-urgences');
    expect(html).toMatch(/<section class="passerelles-section passerelles-section--situation"[^>]*><h2[^>]*>Situation<\/h2><p>Il est un peu plus de minuit/);
    expect(html).toMatch(/<section class="passerelles-section passerelles-section--questions"[^>]*><h2[^>]*>Questions pour l&#x27;intervision<\/h2><ul>/);
    expect(html).toMatch(/<a[^>]*data-theme="mise-en-observation"[^>]*href="\/thematiques\/mise-en-observation\/"[^>]*>mise en observation<\/a>/);
    expect(html).toMatch(/<a[^>]*data-theme="equipes-mobiles"[^>]*href="\/thematiques\/equipes-mobiles\/"[^>]*>équipe mobile de crise<\/a>/);
    const dutch = await page('nl/docs/vignettes/une-nuit-aux-urgences');
    expect(dutch).toMatch(/passerelles-section--questions"[^>]*><h2[^>]*>Vragen voor de intervisie<\/h2>/);
    expect(dutch).toContain('href="/nl/thematiques/equipes-mobiles/"');
  });
});

describe('authors, review and drafts', () => {
  it('shows who wrote and who reviewed an item', async () => {
    const text = textOf(await page('docs/offres/intervision-double-diagnostic-du-jeudi'));
    expect(text).toContain("Rédigé par Équipe d'animation de l'intervision (SSM Les Glycines (fictif)) · Relu par Comité de relecture de Passerelles");
  });

  it('never builds a draft: no page, not on its themes\' hubs, not in the search index', async () => {
    const draft = 'docs/vignettes/la-chambre-du-fond';
    await expect(page(draft)).rejects.toThrow(/ENOENT/);
    for (const theme of ['soins-a-domicile', 'isolement-social']) expect(await page(`thematiques/${theme}`)).not.toContain('La chambre du fond');
    const index = await readFile(path.join(testSite().buildDir, 'passerelles', 'search-index.json'), 'utf8');
    expect(index).not.toContain('la-chambre-du-fond');
    expect(index).toContain('vignettes/une-nuit-aux-urgences');
  });
});

describe('the built themes index', () => {
  it('lists every theme, children under their broader theme, with counts per kind', async () => {
    const {taxonomy} = await demoKnowledgeBase();
    const html = await page('thematiques');
    for (const theme of taxonomy?.themes ?? []) expect(html).toContain(`href="/thematiques/${theme.id}/"`);
    const text = textOf(html);
    expect(text).toMatch(/Assuétudes \d+ vignettes? · \d+ offres? · \d+ concertations?/);
  });
});

describe('the built news page', () => {
  it('names itself in its one h1, above the posts, in each locale', async () => {
    for (const [pagePath, title] of [
      ['blog', 'Actualités'],
      ['nl/blog', 'Nieuws'],
    ] as const) {
      const html = await page(pagePath);
      const headings = [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/g)].map((match) => textOf(match[1] ?? ''));
      expect(headings).toEqual([title]);
      // The posts' titles come after it, as h2.
      expect(html.indexOf('<h1')).toBeLessThan(html.indexOf('<h2'));
    }
  });
});
