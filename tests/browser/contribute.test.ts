/**
 * Publishing without git: an author fills the contribution form, is told
 * what is wrong where it is wrong, and downloads a file `passerelles:check`
 * accepts; a vignette that could identify someone cannot be exported.
 */
import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {Locator, Page} from 'playwright-core';
import {runCheck} from '../../plugins/docusaurus-plugin-passerelles/src/cli/check';
import {DEFAULT_OPTIONS, type PluginOptions} from '../../plugins/docusaurus-plugin-passerelles/src/options';
import {themeLabel} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {siteDir, testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(120_000);

const session = useBrowserPage();
let labels: Map<string, string>;
const sites: string[] = [];

afterAll(async () => {
  await Promise.all(sites.map((dir) => rm(dir, {recursive: true, force: true})));
});

beforeAll(async () => {
  const {taxonomy} = await demoKnowledgeBase();
  labels = new Map((taxonomy?.themes ?? []).map((theme) => [theme.id, themeLabel(theme, 'fr')]));
});

function label(themeId: string): string {
  const text = labels.get(themeId);
  if (text === undefined) throw new Error(`no theme ${themeId} in the demo taxonomy`);
  return text;
}

async function openForm(page: Page, localePrefix = ''): Promise<void> {
  await page.goto(`${testSite().baseUrl}${localePrefix}/contribuer/`);
  await waitForHydration(page);
}

/** The text of the elements that describe a control (its hint and its error). */
async function description(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id !== '');
  const texts = await Promise.all(ids.map((id) => control.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** A small site with the demo taxonomy and nothing but the downloaded file in its docs folder. */
async function siteWith(download: {suggestedFilename(): string; saveAs(path: string): Promise<void>}, folder: string): Promise<{dir: string; file: string}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-contribution-'));
  sites.push(dir);
  await mkdir(path.join(dir, 'docs', folder), {recursive: true});
  const file = path.join(dir, 'docs', folder, download.suggestedFilename());
  await download.saveAs(file);
  return {dir, file};
}

const checkOptions: PluginOptions = {...DEFAULT_OPTIONS, id: 'default', taxonomyPath: path.join(siteDir, 'themes.yml')};

describe('the contribution form', () => {
  it('takes an offer from empty form to a file passerelles:check accepts, through a date that does not exist', async () => {
    const {page} = session;
    await openForm(page);
    await page.getByLabel('Type de page').selectOption('formation');

    const title = 'Accueillir sans juger : une matinée pour les équipes';
    await page.getByRole('textbox', {name: 'Titre', exact: true}).fill(title);
    await page.getByRole('textbox', {name: 'Résumé', exact: true}).fill('Une matinée pour accueillir les personnes avec un double diagnostic sans les renvoyer ailleurs.');
    const themes = page.getByRole('group', {name: 'Thématiques', exact: true});
    await themes.getByRole('checkbox', {name: label('double-diagnostic'), exact: true}).check();
    await themes.getByRole('checkbox', {name: label('assuetudes'), exact: true}).check();
    await page.getByRole('textbox', {name: 'Organisé par', exact: true}).fill('Service de santé mentale fictif du Canal');
    await page.getByRole('textbox', {name: 'Pour qui', exact: true}).fill('assistant·es sociaux\ninfirmier·ères');
    await page.getByRole('group', {name: 'Langues', exact: true}).getByRole('checkbox', {name: 'français', exact: true}).check();
    await page.getByRole('combobox', {name: 'Bassin', exact: true}).selectOption('nord');
    await page.getByRole('combobox', {name: 'Format', exact: true}).selectOption('presentiel');
    await page.getByLabel('Montant en euros').fill('30');
    await page.getByRole('textbox', {name: "Lien d'inscription", exact: true}).fill('https://example.org/inscriptions/accueillir');

    const session1 = page.getByRole('group', {name: 'Séance 1'});
    const start = session1.getByRole('textbox', {name: 'Début', exact: true});
    await start.fill('2027-02-30 09:00');
    await session1.getByRole('textbox', {name: 'Fin', exact: true}).fill('2027-03-02 12:30');
    await session1.getByRole('textbox', {name: 'Lieu', exact: true}).fill('Salle du Tilleul (fictive)');

    // The message of the validation, next to the field, tied to it for assistive technologies.
    await expect(start.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await description(start)).toContain('la date "2027-02-30 09:00" n\'existe pas dans le calendrier');
    const download = page.getByRole('button', {name: 'Télécharger le fichier .md'});
    await expect(download.isDisabled()).resolves.toBe(true);
    const summary = page.getByRole('list', {name: 'Champs à corriger'});
    await summary.getByRole('link', {name: 'Séance 1 : Début'}).click();
    await expect(start.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.getByTestId('passerelles-contribute-preview').count()).resolves.toBe(0);

    await start.fill('2027-03-02 09:00');
    await session1.getByRole('textbox', {name: 'Fin', exact: true}).focus();
    await page.getByText('Tout est prêt : le fichier peut être exporté.').waitFor();
    await expect(start.getAttribute('aria-invalid')).resolves.toBeNull();

    const preview = page.getByTestId('passerelles-contribute-preview');
    await preview.getByRole('heading', {name: title}).waitFor();
    await preview.getByText('Bassin Nord').waitFor();
    await preview.getByText('30 euros').waitFor();

    const saved = page.waitForEvent('download');
    await download.click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe('accueillir-sans-juger-une-matinee-pour-les-equipes.md');
    const site = await siteWith(file, 'offres');
    const text = await readFile(site.file, 'utf8');
    expect(text).toContain('kind: formation');
    expect(text).toContain('start: 2027-03-02 09:00');

    const result = await runCheck(site.dir, checkOptions, 'fr');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.items).toBe(1);

    // The same file, proposed on the repository of the site config.
    const proposal = new URL((await page.getByRole('link', {name: 'Proposer sur GitHub'}).getAttribute('href')) ?? '');
    expect(`${proposal.origin}${proposal.pathname}`).toBe('https://github.com/passerelles-bxl/passerelles/new/main');
    expect(proposal.searchParams.get('filename')).toBe('docs/offres/accueillir-sans-juger-une-matinee-pour-les-equipes.md');
    expect(proposal.searchParams.get('value')).toBe(text);

    // The price takes the plural form of its amount.
    await page.getByLabel('Montant en euros').fill('1');
    await preview.getByText('1 euro', {exact: true}).waitFor();
  });

  it('finds a phone number in a vignette, shows it masked, and exports nothing until it is gone', async () => {
    const {page} = session;
    await openForm(page);
    await page.getByRole('textbox', {name: 'Titre', exact: true}).fill('Le voisin du troisième');
    await page.getByRole('textbox', {name: 'Résumé', exact: true}).fill('Un voisin inquiet appelle le service pour une locataire qui ne sort plus.');
    await page.getByRole('group', {name: 'Thématiques', exact: true}).getByRole('checkbox', {name: label('double-diagnostic'), exact: true}).check();
    const body = page.getByLabel('Texte de la page (Markdown)');
    await body.fill("## Situation\n\nLe voisin laisse son numéro, le 0471 23 45 67, à l'accueil.\n\n## Questions pour l'intervision\n\n- Qui prévenir ?\n");

    const findings = page.locator('.passerelles-contribute__findings li');
    await findings.first().waitFor();
    await expect(findings.count()).resolves.toBe(1);
    const finding = (await findings.first().textContent()) ?? '';
    expect(finding).toContain('Texte, ligne 3');
    expect(finding).toContain('numéro de téléphone');
    expect(finding).toContain('0••1 •• •• ••');
    expect(finding).not.toMatch(/0471|23 45 67/);
    await expect(findings.first().getAttribute('data-rule')).resolves.toBe('phone');
    await expect(page.getByRole('button', {name: 'Télécharger le fichier .md'}).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', {name: 'Proposer sur GitHub'}).isDisabled()).resolves.toBe(true);
    expect(await page.locator('#passerelles-contribute-blocked').textContent()).toContain('1 point à régler');

    await body.fill("## Situation\n\nLe voisin laisse ses coordonnées à l'accueil.\n\n## Questions pour l'intervision\n\n- Qui prévenir ?\n");
    await page.getByText('Tout est prêt : le fichier peut être exporté.').waitFor();
    const saved = page.waitForEvent('download');
    await page.getByRole('button', {name: 'Télécharger le fichier .md'}).click();
    const site = await siteWith(await saved, 'vignettes');
    expect((await runCheck(site.dir, checkOptions, 'fr')).errors).toEqual([]);
  });

  it('speaks the language of the page, messages of the validation included', async () => {
    const {page} = session;
    await openForm(page, '/nl');
    await page.getByLabel('Soort pagina').selectOption('intervision');
    const start = page.getByRole('group', {name: 'Sessie 1'}).getByRole('textbox', {name: 'Begin', exact: true});
    await start.fill('2027-02-30 09:00');
    await page.getByRole('group', {name: 'Sessie 1'}).getByRole('textbox', {name: 'Einde', exact: true}).focus();
    expect(await description(start)).toContain('de datum "2027-02-30 09:00" bestaat niet in de kalender');
    await expect(page.getByRole('textbox', {name: 'Titel', exact: true}).count()).resolves.toBe(1);
  });
});

describe('edit links', () => {
  it('lead from an item page to its source on the repository', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/docs/offres/formation-sante-mentale-exil/`);
    const edit = page.locator('a.theme-edit-this-page');
    await expect(edit.getAttribute('href')).resolves.toBe('https://github.com/passerelles-bxl/passerelles/edit/main/docs/offres/formation-sante-mentale-exil.md');
  });
});
