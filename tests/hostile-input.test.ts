/**
 * The hostile corpus (tests/hostile/, see its README): every broken or hostile file ends in a
 * clear message — file, line when known, field, what was found and what is expected — the same
 * from `passerelles:check` and from `docusaurus build`, which stops before writing anything.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {runCheck} from '../plugins/docusaurus-plugin-passerelles/src/cli/check';
import {maxDocumentBytes} from '../plugins/docusaurus-plugin-passerelles/src/content/documents';
import {formatProblem, type Problem} from '../plugins/docusaurus-plugin-passerelles/src/model/problems';
import {DEFAULT_OPTIONS} from '../plugins/docusaurus-plugin-passerelles/src/options';
import {siteDir} from './setup/site';

jest.setTimeout(180_000);

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
const standaloneBin = path.join(path.dirname(require.resolve('docusaurus-plugin-passerelles/package.json')), 'bin', 'passerelles-check.js');
const corpus = path.join(siteDir, 'tests', 'hostile');
const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;

/** Five megabytes: generated here rather than committed. */
const hugeFileBytes = 5 * 1024 * 1024;

/** A copy of the corpus inside the repository (so that it resolves Docusaurus and the plugin), with the generated file. */
async function corpusCopy(): Promise<string> {
  const parent = path.join(siteDir, 'node_modules', '.cache', 'passerelles-tests');
  await mkdir(parent, {recursive: true});
  const dir = await mkdtemp(path.join(parent, 'hostile-'));
  await cp(corpus, dir, {recursive: true});
  const frontMatter = '---\nkind: vignette\ntitle: Un fichier de cinq mégaoctets\nsummary: Un export collé dans une page.\nthemes: [migration]\n---\n\n## Situation\n\n';
  // One byte per character, so that the file is exactly this size.
  const line = 'Une ligne de journal, puis la suivante, et ainsi de suite sans fin.\n';
  const head = Buffer.from(frontMatter);
  const body = line.repeat(Math.ceil((hugeFileBytes - head.length) / line.length)).slice(0, hugeFileBytes - head.length);
  await writeFile(path.join(dir, 'content', 'docs', 'huge-5-mb.md'), Buffer.concat([head, Buffer.from(body)]));
  return dir;
}

interface Outcome {
  status: number | null;
  stdout: string;
  output: string;
}

function docusaurus(args: string[]): Outcome {
  const result = spawnSync(process.execPath, [docusaurusBin, ...args], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
  return {status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}`};
}

function checkJson(site: string): {status: number | null; errors: Problem[]; warnings: Problem[]; output: string} {
  const outcome = docusaurus(['passerelles:check', site, '--json']);
  return {...outcome, ...(JSON.parse(outcome.stdout) as {errors: Problem[]; warnings: Problem[]})};
}

/** The plugin's own `passerelles-check` program, which reads the site's config without the Docusaurus CLI. */
function standaloneCheckJson(site: string): {status: number | null; errors: Problem[]; warnings: Problem[]; output: string} {
  const result = spawnSync(process.execPath, [standaloneBin, site, '--json'], {cwd: siteDir, encoding: 'utf8'});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, ...(JSON.parse(result.stdout) as {errors: Problem[]; warnings: Problem[]})};
}

function build(site: string): Outcome & {outDir: string} {
  const outDir = path.join(site, 'build');
  return {...docusaurus(['build', site, '--out-dir', outDir]), outDir};
}

const placeOf = (problem: Problem): string =>
  `${problem.file.replace(/^docs\//, '')}:${problem.line ?? ''}${problem.column === undefined ? '' : `:${problem.column}`} ${problem.field ?? ''} ${problem.rule}`;

/** Every problem of the corpus's content site, by place and rule: what each file breaks. */
const expectedContentProblems = [
  'binary-png-named.md:  file-binary',
  'body-data-link.md:10:18  unsafe-link',
  'body-img-onerror.md:10:1  unsafe-markup',
  'body-javascript-link.md:10:18  unsafe-link',
  'body-mdx-code.md:10:14  content-code',
  'body-mdx-code.md:12:1  content-code',
  'body-raw-html-not-mdx.md:10:18  unsafe-markup',
  'body-raw-html-not-mdx.md:10:27  mdx-syntax',
  'body-script-element.md:10:49  unsafe-markup',
  'concertation-date-does-not-exist.md:5 date date-nonexistent',
  'concertation-wrong-types.md:4 summary type',
  'concertation-wrong-types.md:5 basin enum',
  'concertation-wrong-types.md:6 date type',
  'concertation-wrong-types.md:7 number type',
  'concertation-wrong-types.md:8 participants type',
  'date-does-not-exist.md:14 sessions[0].start date-nonexistent',
  'date-does-not-exist.md:15 sessions[0].end date-nonexistent',
  'docusaurus-fields-wrong-types.md:6 tags docusaurus-field',
  'docusaurus-fields-wrong-types.md:7 sidebar_position docusaurus-field',
  'docusaurus-fields-wrong-types.md:8 description docusaurus-field',
  'docusaurus-fields-wrong-types.md:9 hide_title docusaurus-field',
  'docusaurus-fields-wrong-types.md:10 custom_edit_url docusaurus-field',
  'empty.md:  file-empty',
  'end-before-start.md:15 sessions[0].end session-order',
  'huge-5-mb.md:  file-too-large',
  'kind-unknown.md:2 kind enum',
  'latin-1-text.md:3  file-encoding',
  'offer-sessions-wrong-types.md:11 cost type',
  'offer-sessions-wrong-types.md:14 sessions[0].start type',
  'offer-sessions-wrong-types.md:15 sessions[0].end type',
  'offer-sessions-wrong-types.md:16 sessions[0].location type',
  'offer-sessions-wrong-types.md:17 sessions[1] type',
  'offer-sessions-wrong-types.md:18 sessions[2].start date-invalid',
  'offer-sessions-wrong-types.md:19 sessions[2].end date-invalid',
  'offer-wrong-types.md:4 summary type',
  'offer-wrong-types.md:5 organizer type',
  'offer-wrong-types.md:6 themes[1] type',
  'offer-wrong-types.md:7 audience type',
  'offer-wrong-types.md:8 languages type',
  'offer-wrong-types.md:9 basin enum',
  'offer-wrong-types.md:10 format enum',
  'offer-wrong-types.md:11 cost type',
  'offer-wrong-types.md:12 registration type',
  'offer-wrong-types.md:13 sessions type',
  'offer-wrong-types.md:14 recurrence type',
  'offer-wrong-types.md:15 structure type',
  'questions-directive-iframe.md:16:16  unsafe-markup',
  'registration-data-url.md:12 registration registration',
  'registration-http-url.md:12 registration registration',
  'registration-javascript-url.md:12 registration registration',
  'structure-nested-wrong-types.md:4 type structure-type',
  'structure-nested-wrong-types.md:7 basins[1] enum',
  'structure-nested-wrong-types.md:10 access.criteria type',
  'structure-nested-wrong-types.md:11 access.referral type',
  'structure-nested-wrong-types.md:12 access.channels[0] enum',
  'structure-nested-wrong-types.md:13 access.waiting type',
  'structure-nested-wrong-types.md:14 access.horaires unknown-field',
  'structure-nested-wrong-types.md:18 contact.website type',
  'structure-nested-wrong-types.md:19 contact.email type',
  'structure-nested-wrong-types.md:20 contact.phone type',
  'structure-nested-wrong-types.md:21 contact.address type',
  'structure-wrong-types.md:4 type structure-type-single',
  'structure-wrong-types.md:7 basins type',
  'structure-wrong-types.md:8 publics type',
  'structure-wrong-types.md:9 access type',
  'structure-wrong-types.md:10 languages type',
  'structure-wrong-types.md:11 cost type',
  'structure-wrong-types.md:12 contact type',
  'theme-ambiguous.md:5 themes[0] theme-ambiguous',
  'theme-unknown.md:5 themes[0] theme-unknown',
  'vignette-wrong-types.md:3 title type',
  'vignette-wrong-types.md:4 summary type',
  'vignette-wrong-types.md:5 themes type',
  'vignette-wrong-types.md:6 publics type',
  'vignette-wrong-types.md:7 authors type',
  'vignette-wrong-types.md:8 organization type',
  'vignette-wrong-types.md:9 status enum',
  'vignette-wrong-types.md:10 reviewers type',
  'vignette-wrong-types.md:11 privacy-allow type',
  'website-javascript-url.md:13 contact.website type',
  'yaml-does-not-parse.md:5  yaml',
  'yaml-duplicate-key.md:5  yaml',
  'yaml-is-a-list.md:2  front-matter-shape',
];

let copy: string;

beforeAll(async () => {
  copy = await corpusCopy();
});

afterAll(async () => {
  await rm(copy, {recursive: true, force: true});
});

describe('passerelles:check on the hostile content', () => {
  let result: ReturnType<typeof checkJson>;
  beforeAll(() => {
    result = checkJson(path.join(copy, 'content'));
  });

  it('exits 1 and names every problem at its place, with its rule', () => {
    expect(result.status).toBe(1);
    expect(result.errors.map(placeOf)).toEqual(expectedContentProblems);
    expect(result.warnings).toEqual([]);
    expect(result.output).not.toMatch(stackTraceLine);
  });

  it('has a problem for every file of the corpus but the ordinary page', async () => {
    const files = (await readdir(path.join(copy, 'content', 'docs'))).filter((name) => name !== 'ok.md');
    const named = new Set(result.errors.map((problem) => path.basename(problem.file)));
    expect(files.filter((name) => !named.has(name))).toEqual([]);
  });

  it('says each problem in words: what was found and what is expected, nothing left unprinted', () => {
    for (const problem of result.errors) {
      expect(problem.message.length).toBeGreaterThan(20);
      expect(problem.message).not.toMatch(/\[object Object\]|undefined|NaN|^\s|\s$/);
    }
    const messageOf = (file: string, field?: string) => result.errors.find((problem) => problem.file === `docs/${file}` && (field === undefined || problem.field === field))?.message;
    expect(messageOf('yaml-does-not-parse.md')).toBe("le front matter n'est pas du YAML valide : un crochet [ n'est pas refermé par ]");
    expect(messageOf('yaml-duplicate-key.md')).toBe('le front matter n\'est pas du YAML valide : le champ "summary" est écrit deux fois ; gardez-en un seul');
    expect(messageOf('date-does-not-exist.md', 'sessions[0].start')).toBe(
      'la date "2026-02-30 09:00" n\'existe pas dans le calendrier ; attendu : un jour qui existe (février a 28 ou 29 jours, avril, juin, septembre et novembre 30)',
    );
    expect(messageOf('huge-5-mb.md')).toBe(
      'fichier de 5 Mo, au-delà de la limite de 1 Mo pour une page ; découpez-la en plusieurs pages, ou mettez images et pièces jointes dans static/ et faites-y un lien',
    );
    expect(messageOf('registration-javascript-url.md')).toBe(
      'lien d\'inscription "javascript:alert(document.domain)" refusé ; attendu : une adresse https:// ou mailto:',
    );
    expect(messageOf('website-javascript-url.md')).toBe('trouvé "javascript:alert(document.cookie)", attendu : une adresse https://, ex. https://example.org');
    expect(messageOf('body-script-element.md')).toMatch(/^le texte contient <script>, qui pourrait exécuter un script dans la page/);
    expect(hugeFileBytes).toBeGreaterThan(maxDocumentBytes);
  });

  it('are the same from passerelles-check, the program that runs without the Docusaurus CLI', () => {
    const standalone = standaloneCheckJson(path.join(copy, 'content'));
    expect(standalone.status).toBe(1);
    expect({errors: standalone.errors, warnings: standalone.warnings}).toEqual({errors: result.errors, warnings: result.warnings});
    expect(standalone.output).not.toMatch(stackTraceLine);
  });

  it('says the same problems in Dutch and English, each translated', async () => {
    const options = {...DEFAULT_OPTIONS, id: 'default', taxonomyPath: '../themes.yml'};
    for (const locale of ['nl', 'en']) {
      const {errors} = await runCheck(path.join(copy, 'content'), options, locale);
      expect(errors.map(placeOf)).toEqual(expectedContentProblems);
      errors.forEach((problem, index) => {
        expect(problem.message).not.toBe(result.errors[index]?.message);
        expect(problem.message).not.toMatch(/\[object Object\]|undefined/);
      });
    }
  });
});

describe('docusaurus build on the hostile content', () => {
  it('prints what passerelles:check prints, without a stack trace, and writes no build', () => {
    const {errors} = checkJson(path.join(copy, 'content'));
    const {status, output, outDir} = build(path.join(copy, 'content'));
    expect(status).toBe(1);
    for (const problem of errors) expect(output).toContain(formatProblem(problem));
    expect(output).toContain(`Passerelles: ${expectedContentProblems.length} error(s) in`);
    expect(output).not.toMatch(stackTraceLine);
    expect(existsSync(outDir)).toBe(false);
  });
});

/** `passerelles:check` lists exactly these lines, and the build prints them, without a stack trace and without writing a build. */
function expectCheckAndBuildToSay(site: string, expected: readonly string[]): void {
  const checked = checkJson(site);
  expect(checked.status).toBe(1);
  expect(checked.errors.map(formatProblem)).toEqual(expected);
  const {status, output, outDir} = build(site);
  expect(status).toBe(1);
  for (const line of expected) expect(output).toContain(line);
  expect(output).not.toMatch(stackTraceLine);
  expect(existsSync(outDir)).toBe(false);
}

describe('two docs with one id', () => {
  it('are named by passerelles:check and by the build, before the docs plugin stops on them', () => {
    expectCheckAndBuildToSay(path.join(copy, 'duplicate-ids'), [
      'docs/vignettes/copie.md id: identifiant "vignettes/le-soir" déjà utilisé par docs/vignettes/01-le-soir.md [duplicate-id]',
      'docs/vignettes/le-soir.md id: identifiant "vignettes/le-soir" déjà utilisé par docs/vignettes/01-le-soir.md [duplicate-id]',
    ]);
  });
});

describe('a taxonomy whose broader links loop', () => {
  it('is refused with the loop written out, by passerelles:check and by the build', () => {
    expectCheckAndBuildToSay(path.join(copy, 'taxonomy-cycle'), [
      'themes.yml:6 themes.assuetudes.broader: cycle dans "broader" : assuetudes → soins-integres → double-diagnostic → assuetudes [taxonomy-cycle]',
      'themes.yml:18 themes.migration.broader: cycle dans "broader" : migration → migration [taxonomy-cycle]',
    ]);
  });
});
