import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import fc from 'fast-check';
import {directiveProblemsOf, parsedBodyProblems} from '../directives/check';
import type {Problem} from '../model/problems';
import {isSafeUrl, mayHoldUnsafeContent} from './unsafe';

const context = {taxonomy: fixtureTaxonomy(), vignetteIds: new Set<string>(), locale: 'en' as const};

/** The problems of an item (a vignette) whose body is `body`: its first line is line 8 of the file. */
async function problemsOf(body: string, frontMatter = 'kind: vignette\ntitle: T\nsummary: S\nthemes: [migration]\n'): Promise<Problem[]> {
  return directiveProblemsOf([{file: 'docs/v.md', id: 'v', permalink: '/v', text: `---\n${frontMatter}---\n\n${body}\n`}], context);
}

const found = (problems: readonly Problem[]): string[] => problems.map((problem) => `${problem.line ?? ''}:${problem.column ?? ''} ${problem.rule} ${problem.message.split(',')[0] ?? ''}`);

describe('isSafeUrl', () => {
  it.each(['https://example.org', 'http://example.org/a?b', 'mailto:a@example.org', 'tel:+3220000000', '/docs/x', './autre.md', '#section', 'page', '//cdn.example.org/x.png'])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml;base64,PHN2Zz4='])(
    'refuses %j, as a browser would read it',
    (url) => {
      expect(isSafeUrl(url)).toBe(false);
    },
  );
});

describe('the text of an item', () => {
  it('refuses elements that run or load code, on… attributes and unsafe links, with line and column', async () => {
    const problems = await problemsOf(
      [
        '## Situation',
        '',
        'Avant <script>window.__pwned = 1</script> après.',
        '',
        '<img src="x" onError="alert(1)" />',
        '',
        'Un [lien](javascript:alert(1)), une [image](data:text/html,x) et <a href="java&#x09;script:alert(2)">un autre</a>.',
        '',
        '<iframe src="https://example.org"></iframe>',
      ].join('\n'),
    );
    expect(found(problems)).toEqual([
      '10:7 unsafe-markup the text contains <script>',
      '12:1 unsafe-markup the text contains <img onError=…>',
      '14:4 unsafe-link link "javascript:alert(1)" refused; expected: an https://',
      '14:37 unsafe-link link "data:text/html',
      '14:66 unsafe-link link "java\tscript:alert(2)" refused; expected: an https://',
      '16:1 unsafe-markup the text contains <iframe>',
    ]);
  });

  it('refuses MDX code: expressions, attribute expressions, import and export', async () => {
    const problems = await problemsOf(['import x from "y";', '', 'Texte {alert(1)} et <b title={document.cookie}>gras</b>.', '', 'export const a = 1;'].join('\n'));
    expect(problems.map((problem) => `${problem.line ?? ''} ${problem.rule} ${/\((.*)\)/.exec(problem.message)?.[1] ?? ''}`)).toEqual([
      '8 content-code import x from "y";',
      '10 content-code {alert(1)}',
      '10 content-code <b title={…}>',
      '12 content-code export const a = 1;',
    ]);
  });

  it('reads raw HTML in text MDX cannot parse with the same rules', async () => {
    const problems = await problemsOf('Un texte < mal fermé <img src=x onerror=alert(1)> et <a href="javascript:alert(1)">lien</a>');
    expect(problems.map((problem) => problem.rule)).toEqual(['unsafe-markup', 'unsafe-link', 'mdx-syntax']);
  });

  it('says where and why MDX cannot compile an item, in the author\'s language, before the build does', async () => {
    const problems = await problemsOf('## Situation\n\nUne accolade { seule, et la suite.');
    expect(found(problems)).toEqual(['10:35 mdx-syntax the text cannot be compiled (MDX: Unexpected end of file in expression']);
    expect(await problemsOf('Rien à redire : \\{ et \\< sont écrits comme il faut.')).toEqual([]);
  });

  it('keeps harmless HTML, safe links, payloads shown as code, and escaped characters', async () => {
    const body = [
      '## Situation',
      '',
      'Une ligne<br/>puis <sup>2</sup> et <details><summary>Plus</summary>Texte</details>.',
      '',
      'Voir [la page](/docs/autre), [le site](https://example.org), [écrire](mailto:a@example.org), Q&A.',
      '',
      'Le code `<script>alert(1)</script>` et `[x](javascript:alert(1))` se montre tel quel ; \\<img onerror=x> et \\{ aussi.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    expect(await problemsOf(body)).toEqual([]);
  });

  it('leaves the other pages of the docs to their authors: only items are written by anyone', async () => {
    expect(await problemsOf('<script>window.x = 1</script>', 'title: Guide\n')).toEqual([]);
  });
});

describe('mayHoldUnsafeContent', () => {
  it('lets the attributes of directives pass without a parse, and nothing that MDX would read as code', () => {
    expect(mayHoldUnsafeContent(':::situation\n\nUn :theme[exil]{id=migration}.\n\n:::\n\n::offres{theme=exil kind=formation limit=3}\n')).toBe(false);
    expect(mayHoldUnsafeContent('Texte {alert(1)}')).toBe(true);
    // Braces MDX reads as an expression, though they follow a colon and a name.
    expect(mayHoldUnsafeContent('Voir ::offres{theme=exil} ici')).toBe(true);
    expect(mayHoldUnsafeContent('\\:x{location=name}')).toBe(true);
    expect(mayHoldUnsafeContent(':x-{location=name}')).toBe(true);
    expect(mayHoldUnsafeContent('::x{location=name}\u2028 suite')).toBe(true);
    // The scheme before a directive's colon stays in view.
    expect(mayHoldUnsafeContent('[lien](javascript:x{a})')).toBe(true);
  });

  // Skipping the parse of a body is only right when the parsed body has no problem: random item bodies
  // built from braces, directives and what changes how they are read must give the same problems both ways.
  it('never hides a problem the parsed body has', async () => {
    const before = ['', '', '\\', '\\\\', ':', '\n', 'a\n', '# ', '> ', '- ', '| a |\n| - |\n', '| ', '`', '    ', ' ', 'javascript', 'data', '[l](', 'texte '];
    const pieces = [
      '::offres{theme=exil}', ':theme[exil]{id=migration}', ':x{location=name}', '::x{a}', ':::x{a b=c}', ':x-{a}', ':x_{a}', ':x{=a}', '::x{a=javascript:alert(1)}',
      ':x{a=1 b}', ':x{1}', ':x{a+b}', ':x{alert(1)}', ':x[l]{a}', ':x[*l*]{a}', '{alert(1)}', '{a}', '<b>', '::x{#a}', ':x{a="b"}', ':x{a}', '::x[l]{a}', 'x{a}',
    ];
    const after = ['', '', ' b', '\n', '\u2028 b', ')', '`', '}', ' ', '\t', '\r\n', ' |', '{a}'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...before), fc.constantFrom(...pieces), fc.constantFrom(...after)), {minLength: 1, maxLength: 4}), async (parts) => {
        const item = {file: 'docs/v.md', id: 'v', permalink: '/v', text: `---\nkind: vignette\n---\n\n${parts.flat().join('')}\n`};
        expect(await directiveProblemsOf([item], context)).toEqual(await parsedBodyProblems([item], context));
      }),
      {numRuns: 800, seed: 20261130},
    );
  }, 60_000);
});
