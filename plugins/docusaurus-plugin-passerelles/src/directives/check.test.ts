import {fixtureSiteDir, fixtureTaxonomy, fixtureTaxonomyText} from '../__fixtures__/taxonomy';
import {documentsFromFolder} from '../content/documents';
import type {SourceDocument} from '../model/items';
import type {Problem} from '../model/problems';
import {buildKnowledgeBase, type KnowledgeBase} from '../pipeline';
import {parseTaxonomy} from '../taxonomy/load';
import fc from 'fast-check';
import {splitSource} from '../model/source';
import {directiveProblemsOf, mayHoldDirectiveProblem, parsedBodyProblems, withDirectiveProblems} from './check';

const taxonomy = fixtureTaxonomy();
const context = {taxonomy, vignetteIds: new Set(['vignettes/exil']), locale: 'en' as const};

function document(file: string, text: string): SourceDocument {
  const id = file.replace(/^docs\//, '').replace(/\.mdx?$/, '');
  return {file, text, id, permalink: `/docs/${id}`};
}

const trainingModule = document(
  'docs/offres/module.md',
  [
    '---',
    'kind: formation',
    'title: Un module',
    '---',
    '',
    'Un accueil en :theme[exil], puis la :theme[migratoin].',
    '',
    ':::objectifs',
    '',
    '- Orienter.',
    '',
    ':::',
    '',
    '```md',
    ':theme[dans un exemple de code]',
    '```',
    '',
    '::offres{theme=exil limit=0}',
    '',
  ].join('\n'),
);

const where = (problems: readonly Problem[]) => problems.map((problem) => `${problem.file}:${problem.line ?? ''}:${problem.column ?? ''} ${problem.rule}`);

describe('directiveProblemsOf', () => {
  it('names each misused directive at its line in the file, front matter counted, and leaves code alone', async () => {
    const problems = await directiveProblemsOf([trainingModule], context);
    expect(where(problems)).toEqual(['docs/offres/module.md:6:37 theme-unknown', 'docs/offres/module.md:18:1 directive-attribute']);
    expect(problems[0]).toMatchObject({severity: 'error', message: expect.stringContaining('closest themes: "migration"')});
  });

  it('reads the body as MDX, as the build does: an indented line is text there, not code', async () => {
    const problems = await directiveProblemsOf([document('docs/a.md', 'Intro.\n\n    :theme[migratoin]\n')], context);
    expect(where(problems)).toEqual(['docs/a.md:3:5 theme-unknown']);
  });

  it('still checks the directives of a text MDX cannot read (the build reports that one itself)', async () => {
    const problems = await directiveProblemsOf([document('docs/a.md', 'Si a < b {\n\n::vignette{id=vignettes/exill}\n')], context);
    expect(where(problems)).toEqual(['docs/a.md:3:1 directive-target']);
  });

  it('finds nothing to say about documents without directives or with admonitions only', async () => {
    const plain = document('docs/b.md', '---\ntitle: x\n---\n\nÀ 10:30, voir https://example.org.\n\n:::note\n\nRien.\n\n:::\n');
    expect(await directiveProblemsOf([plain], context)).toEqual([]);
  });
});

describe('mayHoldDirectiveProblem', () => {
  it('lets right directives and other colons pass without a parse, and sends anything doubtful to the parser', () => {
    const passes = (body: string): boolean => !mayHoldDirectiveProblem(body, context);
    expect(passes(':::situation\n\nUn :theme[exil] et :theme[Migration]{id=migration}, à 10:30.\n\n:::\n\n::offres{theme=exil kind=formation limit=3}\n\n:::note\n:::\n')).toBe(true);
    expect(passes(':theme[migratoin]')).toBe(false);
    expect(passes('::theme[exil]')).toBe(false);
    expect(passes(':::situatoin')).toBe(false);
    // Read by the parser, these could differ from what the text shows: an escaped colon, emphasis, a reference, a quoted value.
    expect(passes('\\::offres{theme=exil}')).toBe(false);
    expect(passes(':theme[*exil*]')).toBe(false);
    expect(passes(':theme[exil]{id=&#109;igration}')).toBe(false);
    expect(passes('::offres{theme="exil"}')).toBe(false);
  });

  // The fast path may only skip a body in which the parser finds no problem: random bodies made of the
  // pieces that change how a directive is read must give the same problems with and without it.
  it('never hides a problem the parsed body has', async () => {
    // Each piece of a body: what comes before a directive (escapes, code, emphasis, HTML, JSX, block markers), the directive, what follows.
    const before = ['', '', '\\', '\\\\', '\\:', ':', '`', '```\n', '*', '_', '<b>', '<Foo>', '{', '[', '&amp;', '\n', '\n\n', '    ', '> ', '- ', 'a', ' '];
    // Right directives mostly: a body is skipped only when every directive in it looks right.
    const directives = [
      ':theme[exil]', ':theme[exil]{id=migration}', ':theme[x]{id=exil}', ':theme[*exil*]', ':theme[ex_il]', ':theme[exil]{id="migration"}', ':theme[exil]{#exil}',
      ':theme[exil]{.x}', ':theme[exil]{id=&#109;igration}', ':theme[a\n:theme[exil]]', ':theme[exil', '::offres{theme=exil}', '::offres{theme=exil kind=formation}',
      '::offres{theme=exil}{limit=0}', '::offres{theme = exil}', ':::situation', ':::situation[Situation]{.x}', '::::questions', ':::', ':::note',
      '::vignette{id=vignettes/exil}', 'exil', '', ':theme[migratoin]', '::offres{theme=exil limit=0}', ':offres{theme=exil}', '::theme[exil]', ':::situatoin',
    ];
    const after = ['', '', '`', '*', '_', '</b>', '</Foo>', '}', ']', ' limit=3}', '{id=migration}', '[exil]', ':', ' texte', '\n', '\n:::', '\n\n'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...before), fc.constantFrom(...directives), fc.constantFrom(...after)), {maxLength: 4}), async (parts) => {
        const sample = document('docs/sample.md', `---\ntitle: x\n---\n\n${parts.flat().join('')}\n`);
        const parsed = await parsedBodyProblems([sample], context);
        expect(await directiveProblemsOf([sample], context)).toEqual(parsed);
      }),
      {numRuns: 600, seed: 20261130},
    );
  }, 60_000);
});

describe('withDirectiveProblems', () => {
  const vignette = document('docs/vignettes/exil.md', '---\nkind: vignette\n---\n\n## Situation\n');
  const embedding = document('docs/guide/embed.md', '---\ntitle: Un guide\n---\n\n::vignette{id=vignettes/exil}\n\n:theme[migratoin]\n');

  it('adds the directive problems to those of the pipeline and keeps no item once there is an error', async () => {
    const documents = [...(await documentsFromFolder(fixtureSiteDir, 'docs')), embedding];
    const knowledgeBase = buildKnowledgeBase({documents, taxonomy: parseTaxonomy(fixtureTaxonomyText, 'themes.yml', 'en'), timeZone: 'Europe/Brussels', locale: 'en'});
    expect(knowledgeBase.items.map((item) => item.id)).toContain('vignettes/exil');
    const result = await withDirectiveProblems(knowledgeBase, documents, 'en');
    expect(where(result.problems.filter((problem) => problem.severity === 'error'))).toEqual(['docs/guide/embed.md:7:1 theme-unknown']);
    expect(result.items).toEqual([]);
  });

  it('refuses ::vignette of a page that is not a vignette', async () => {
    const knowledgeBase: KnowledgeBase = {taxonomy, items: [], problems: []};
    const result = await withDirectiveProblems(knowledgeBase, [vignette, embedding], 'en');
    expect(result.problems.map((problem) => problem.rule)).toEqual(['directive-target', 'theme-unknown']);
  });

  it('takes the vignettes the documents declare when an error elsewhere left the pipeline without items', async () => {
    const broken: KnowledgeBase = {taxonomy, items: [], problems: [{severity: 'error', file: 'docs/autre.md', field: 'themes', rule: 'required', message: 'x'}]};
    const result = await withDirectiveProblems(broken, [vignette, embedding], 'en');
    expect(result.problems.map((problem) => problem.rule)).toEqual(['required', 'theme-unknown']);
  });

  it('has nothing to check without a taxonomy', async () => {
    const none: KnowledgeBase = {taxonomy: undefined, items: [], problems: []};
    expect(await withDirectiveProblems(none, [embedding], 'en')).toBe(none);
  });
});
