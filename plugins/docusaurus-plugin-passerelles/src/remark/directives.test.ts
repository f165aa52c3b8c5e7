import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {simpleHash} from '@docusaurus/utils';
import type {Plugin} from 'unified' with {'resolution-mode': 'import'};
import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {directivesDataFileName, type DirectivesData} from '../directives/data';
import remarkPasserellesDirectives from './directives';
import {pluginName} from './item-data';

const taxonomy = fixtureTaxonomy();
const vignetteId = 'vignettes/exil';
const vignetteHash = simpleHash(vignetteId, 12);

/** A site the build has written the directives' data for, and the path of a page in it. */
async function siteWithData(): Promise<string> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-directives-'));
  const data: DirectivesData = {
    locale: 'en',
    taxonomy,
    themes: Object.fromEntries(taxonomy.themes.map((theme) => [theme.id, {id: theme.id, label: theme.prefLabel.en, permalink: `/thematiques/${theme.id}/`}])),
    vignetteIds: [vignetteId],
  };
  const dataFile = path.join(siteDir, '.docusaurus', pluginName, 'default', directivesDataFileName);
  await mkdir(path.dirname(dataFile), {recursive: true});
  await writeFile(dataFile, JSON.stringify(data));
  return path.join(siteDir, 'docs', 'offres', 'module.md');
}

/** What Docusaurus' MDX loader does with a page, up to the MDX text: parse (MDX + directives), run our plugin, print. */
async function compile(markdown: string, docPath: string): Promise<string> {
  const [{unified}, {default: remarkParse}, {default: remarkMdx}, {default: remarkDirective}, {default: remarkStringify}, {VFile}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-directive'),
    import('remark-stringify'),
    import('vfile'),
  ]);
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(remarkPasserellesDirectives as unknown as Plugin<[]>)
    .use(remarkStringify);
  return String(await processor.process(new VFile({path: docPath, value: markdown})));
}

interface CompileError {
  message: string;
  file: string;
  line: number;
  column: number;
  source: string;
  ruleId: string;
}

async function compileError(markdown: string, docPath: string): Promise<CompileError> {
  return compile(markdown, docPath).then(
    (output) => {
      throw new Error(`expected the build to stop, got:\n${output}`);
    },
    (error: unknown) => error as CompileError,
  );
}

async function isValidMdx(text: string): Promise<boolean> {
  const [{unified}, {default: remarkParse}, {default: remarkMdx}] = await Promise.all([import('unified'), import('remark-parse'), import('remark-mdx')]);
  unified().use(remarkParse).use(remarkMdx).parse(text);
  return true;
}

describe('remarkPasserellesDirectives', () => {
  let docPath: string;
  beforeAll(async () => {
    docPath = await siteWithData();
  });

  it(':theme[…] becomes a link to the hub, worded as written, found by any label or by id', async () => {
    const output = await compile('Un accueil en :theme[exil] ou en :theme[Dubbele diagnose]{id=double-diagnostic}.\n', docPath);
    expect(output).toBe(
      [
        'import PasserellesThemeLink from "@theme/PasserellesThemeLink"',
        '',
        'Un accueil en <PasserellesThemeLink to="/thematiques/migration/" theme="migration" title="Mental health and migration">exil</PasserellesThemeLink> ou en <PasserellesThemeLink to="/thematiques/double-diagnostic/" theme="double-diagnostic" title="Dual diagnosis">Dubbele diagnose</PasserellesThemeLink>.',
        '',
      ].join('\n'),
    );
    expect(await isValidMdx(output)).toBe(true);
  });

  it(':::situation, :::questions and :::objectifs become sections that keep their content, links included', async () => {
    const output = await compile(
      ':::situation\n\nMadame A. consulte.\n\n:::\n\n:::questions\n\n- Comment travailler à trois ?\n\n:::\n\n:::objectifs[ignoré]\n\n- Repérer la :theme[crise suicidaire]{id=prevention-suicide}.\n\n:::\n',
      docPath,
    );
    expect(output).toContain('import PasserellesSection from "@theme/PasserellesSection"');
    expect(output).toContain('import PasserellesThemeLink from "@theme/PasserellesThemeLink"');
    expect(output).toContain('<PasserellesSection section="situation">\n  Madame A. consulte.\n</PasserellesSection>');
    expect(output).toContain('<PasserellesSection section="questions">\n  * Comment travailler à trois ?\n</PasserellesSection>');
    expect(output).toContain(
      '<PasserellesSection section="objectifs">\n  * Repérer la <PasserellesThemeLink to="/thematiques/prevention-suicide/" theme="prevention-suicide" title="Suicide prevention">crise suicidaire</PasserellesThemeLink>.\n</PasserellesSection>',
    );
    // The [label] of a block is not content.
    expect(output).not.toContain('ignoré');
    expect(await isValidMdx(output)).toBe(true);
  });

  it('::offres{…} imports the offer list of its theme alone and passes kind and limit', async () => {
    const output = await compile('::offres{theme=exil kind=formation limit=3}\n\n::offres{theme=prevention-suicide}\n', docPath);
    expect(output).toBe(
      [
        'import PasserellesOfferList from "@theme/PasserellesOfferList"',
        '',
        `import __passerellesOffers_migration from "@generated/${pluginName}/default/offers/migration.json"`,
        '',
        `import __passerellesOffers_prevention_suicide from "@generated/${pluginName}/default/offers/prevention-suicide.json"`,
        '',
        '<PasserellesOfferList list={__passerellesOffers_migration} limit={3} kind="formation" />',
        '',
        '<PasserellesOfferList list={__passerellesOffers_prevention_suicide} limit={5} />',
        '',
      ].join('\n'),
    );
    expect(await isValidMdx(output)).toBe(true);
  });

  it('::vignette{id=…} imports the card of that vignette, once however often it is embedded', async () => {
    const output = await compile(`::vignette{id=${vignetteId}}\n\n::vignette{id=${vignetteId}}\n`, docPath);
    expect(output).toBe(
      [
        'import PasserellesVignetteCard from "@theme/PasserellesVignetteCard"',
        '',
        `import __passerellesVignette_${vignetteHash} from "@generated/${pluginName}/default/cards/${vignetteHash}.json"`,
        '',
        `<PasserellesVignetteCard vignette={__passerellesVignette_${vignetteHash}} />`,
        '',
        `<PasserellesVignetteCard vignette={__passerellesVignette_${vignetteHash}} />`,
        '',
      ].join('\n'),
    );
  });

  it('leaves admonitions and the directives of others as they are, and imports nothing for them', async () => {
    const output = await compile(':::note[À savoir]\n\nUn :abbr[SSM]{title="service de santé mentale"} de quartier.\n\n:::\n', docPath);
    expect(output).toBe(':::note[À savoir]\nUn :abbr[SSM]{title="service de santé mentale"} de quartier.\n:::\n');
  });

  it('leaves a page alone when no Passerelles build wrote the data (another docs plugin, another site)', async () => {
    const elsewhere = path.join(os.tmpdir(), `passerelles-none-${simpleHash(docPath, 6)}`, 'page.md');
    expect(await compile(':theme[exil]\n', elsewhere)).toBe(':theme[exil]\n');
  });
});

describe('remarkPasserellesDirectives on a misused directive', () => {
  let docPath: string;
  beforeAll(async () => {
    docPath = await siteWithData();
  });

  it.each([
    ['an unknown theme label, with the closest ids', 'Texte.\n\nVoir :theme[migratoin].\n', 3, 6, 'theme-unknown', 'theme "migratoin" is not in the taxonomy; closest themes: "migration"'],
    ['an ambiguous label, with its candidates', 'Le :theme[double diagnostic].\n', 1, 4, 'theme-ambiguous', '"double-diagnostic", "deficience-intellectuelle"'],
    ['an unknown theme id', ':theme[x]{id=nulle-part}\n', 1, 1, 'theme-unknown', '"nulle-part"'],
    ['::offres without theme', 'Fin.\n\n::offres{kind=formation}\n', 3, 1, 'directive-attribute', 'the directive "offres" needs "theme"'],
    ['::offres with an unknown kind', '::offres{theme=exil kind=cours}\n', 1, 1, 'enum', '"cours"'],
    ['::offres with a limit that is not a positive whole number', '::offres{theme=exil limit=2.5}\n', 1, 1, 'directive-attribute', 'does not accept limit="2.5"'],
    ['::vignette without id', '::vignette\n', 1, 1, 'directive-attribute', 'the directive "vignette" needs "id"'],
    ['::vignette of no vignette, with the closest id', '::vignette{id=vignettes/exill}\n', 1, 1, 'directive-target', 'the closest: "vignettes/exil"'],
    ['a name of ours with the wrong syntax (leaf for text)', '::theme[exil]\n', 1, 1, 'directive-syntax', 'is written :theme[double diagnostic]'],
    ['a name of ours with the wrong syntax (text for block)', 'Une :situation ici.\n', 1, 5, 'directive-syntax', 'is written :::situation'],
    ['a near miss of a block name', ':::situatoin\n\nTexte.\n\n:::\n', 1, 1, 'directive-unknown', 'did you mean :::situation?'],
    ['a near miss of a leaf name', '::offre{theme=exil}\n', 1, 1, 'directive-unknown', 'did you mean ::offres{'],
  ])('stops the build on %s, at its file, line and column', async (_case, markdown, line, column, rule, text) => {
    const error = await compileError(markdown, docPath);
    expect(error).toMatchObject({file: docPath, line, column, source: 'passerelles', ruleId: rule});
    expect(error.message).toContain(text);
    // What Docusaurus prints first: the place in the site, as passerelles:check writes it.
    expect(error.message.startsWith(`docs/offres/module.md:${line}:${column} `)).toBe(true);
    expect(error.message.endsWith(` [${rule}]`)).toBe(true);
  });

  it('stops on a mistake inside an admonition too', async () => {
    const error = await compileError(':::tip\n\nVoir :theme[migratoin].\n\n:::\n', docPath);
    expect(error).toMatchObject({line: 3, column: 6, ruleId: 'theme-unknown'});
  });
});
