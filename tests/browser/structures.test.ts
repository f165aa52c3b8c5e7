/** A professional looks for a service on /structures/, filters by basin and type, opens it, follows one of its offers and comes back. */
import {isOffer, isStructure, type StructureItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();

const countText = (count: number): string => (count === 0 ? 'Aucune structure' : count === 1 ? '1 structure' : `${count} structures`);

/** The French words of the basins, as the facet shows them before its count. */
const basinWords: Record<string, string> = {
  nord: 'Bassin Nord',
  'nord-est': 'Bassin Nord-Est',
  sud: 'Bassin Sud',
  'sud-est': 'Bassin Sud-Est',
  'centre-ouest': 'Bassin Centre-Ouest',
  region: 'Toute la Région',
};

describe('the structures of the network', () => {
  let structures: StructureItem[];
  let organising: Set<string>;
  beforeAll(async () => {
    const {items} = await demoKnowledgeBase();
    structures = items.filter(isStructure);
    organising = new Set(items.filter(isOffer).flatMap((offer) => (offer.structure === undefined ? [] : [offer.structure.id])));
  });

  it('filters by basin and type, keeps the filters in a link, opens a structure, follows one of its offers and comes back', async () => {
    const {page} = session;
    // A basin and a type that some structure with offers has: the first one of the demo content.
    const target = structures.find((structure) => organising.has(structure.id) && structure.type === 'equipe-mobile');
    if (target === undefined) throw new Error('no mobile team with offers in the demo content');
    const basin = target.basins[0] ?? 'region';
    const inBasin = structures.filter((structure) => structure.basins.includes(basin));
    const inBasinOfType = inBasin.filter((structure) => structure.type === target.type);
    // The site's trailing-slash policy applies to its URLs, not to the permalinks read from the folder.
    const targetPath = target.permalink.replace(/\/?$/, '/');

    await page.goto(`${testSite().baseUrl}/structures/`);
    await waitForHydration(page);
    const status = page.getByRole('status');
    await expect(status.textContent()).resolves.toBe(countText(structures.length));

    const filters = page.getByRole('form', {name: 'Filtrer les structures'});
    await filters.getByRole('group', {name: 'Bassin'}).getByRole('checkbox', {name: `${basinWords[basin] ?? basin} (${inBasin.length})`, exact: true}).check();
    await page.waitForURL(`**/structures/?basin=${basin}`);
    await expect(status.textContent()).resolves.toBe(countText(inBasin.length));

    await filters.getByRole('group', {name: 'Type de structure'}).getByRole('checkbox', {name: /^Équipe mobile/}).check();
    await page.waitForURL((url) => url.searchParams.get('type') === 'equipe-mobile' && url.searchParams.get('basin') === basin);
    await expect(status.textContent()).resolves.toBe(countText(inBasinOfType.length));

    // The same link opens the same view.
    const shared = page.url();
    await page.goto(shared);
    await waitForHydration(page);
    await expect(page.getByRole('status').textContent()).resolves.toBe(countText(inBasinOfType.length));
    await expect(page.getByRole('checkbox', {name: /^Équipe mobile/}).isChecked()).resolves.toBe(true);

    await page.getByRole('link', {name: target.title, exact: true}).click();
    await page.waitForURL((url) => url.pathname === targetPath);
    await page.getByRole('heading', {level: 1, name: target.title, exact: true}).waitFor();
    const offersSection = page.getByRole('region', {name: 'Offres de cette structure'});
    const offerLinks = offersSection.locator('.passerelles-card__title a');
    expect(await offerLinks.count()).toBeGreaterThan(0);
    const offerTitle = (await offerLinks.first().textContent()) ?? '';

    await offerLinks.first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/docs/offres/'));
    await page.getByRole('heading', {level: 1, name: offerTitle, exact: true}).waitFor();
    // "Organisé par", under the offer's title (the sidebar and the see-also list may name the structure too).
    await page.locator('.passerelles-item-header').getByRole('link', {name: target.title, exact: true}).click();
    await page.waitForURL((url) => url.pathname === targetPath);
    await page.getByRole('heading', {level: 1, name: target.title, exact: true}).waitFor();
  });

  it('is filtered with the keyboard: Space ticks a box, the focus stays on it, and Back undoes the change', async () => {
    const {page} = session;
    const inNord = structures.filter((structure) => structure.basins.includes('nord'));
    await page.goto(`${testSite().baseUrl}/structures/`);
    await waitForHydration(page);
    const nord = page.getByRole('group', {name: 'Bassin'}).getByRole('checkbox', {name: `${basinWords.nord} (${inNord.length})`, exact: true});
    await nord.focus();
    await page.keyboard.press('Space');
    await page.waitForURL('**/structures/?basin=nord');
    await expect(page.getByRole('status').textContent()).resolves.toBe(countText(inNord.length));
    await expect(nord.evaluate((box) => box === document.activeElement)).resolves.toBe(true);

    // The reset button is disabled once used: the focus goes to the results, not to the top of the page.
    await page.getByRole('button', {name: 'Effacer les filtres'}).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/structures/' && url.search === '');
    await page.waitForFunction(() => document.activeElement?.id === 'passerelles-structures-count');

    await page.goBack();
    await page.waitForURL('**/structures/?basin=nord');
    await expect(page.getByRole('status').textContent()).resolves.toBe(countText(inNord.length));
    await expect(nord.isChecked()).resolves.toBe(true);
  });

  it('offers a way back from filters that keep nothing', async () => {
    const {page} = session;
    // A type found in no basin but one, asked for in another basin.
    const type = structures.find((structure) => structure.basins.length === 1)?.type ?? 'ssm';
    const elsewhere = ['nord', 'nord-est', 'sud', 'sud-est', 'centre-ouest', 'region'].find((basin) => !structures.some((structure) => structure.type === type && structure.basins.includes(basin as StructureItem['basins'][number])));
    if (elsewhere === undefined) throw new Error(`every basin has a structure of type ${type}`);
    await page.goto(`${testSite().baseUrl}/structures/?basin=${elsewhere}&type=${type}`);
    await waitForHydration(page);
    await expect(page.getByRole('status').textContent()).resolves.toBe(countText(0));
    await page.getByRole('button', {name: 'Voir toutes les structures'}).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(countText(structures.length));
    expect(new URL(page.url()).search).toBe('');
  });
});
