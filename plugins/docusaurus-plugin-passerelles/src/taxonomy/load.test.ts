import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fixtureTaxonomyText} from '../__fixtures__/taxonomy';
import {loadTaxonomy, parseTaxonomy} from './load';

const minimalTheme = (id: string, extra = ''): string => `  ${id}:
    prefLabel: {fr: ${id} fr, nl: ${id} nl, en: ${id} en}
    scopeNote: {fr: Note., nl: Nota., en: Note.}
${extra}`;

describe('parseTaxonomy', () => {
  it('loads the fixture taxonomy with labels, narrower and no problem', () => {
    const {taxonomy, problems} = parseTaxonomy(fixtureTaxonomyText, 'themes.yml', 'en');
    expect(problems).toEqual([]);
    expect(taxonomy?.themes.map((theme) => theme.id)).toEqual([
      'assuetudes',
      'double-diagnostic',
      'deficience-intellectuelle',
      'migration',
      'prevention-suicide',
    ]);
    expect(taxonomy?.themes.find((theme) => theme.id === 'assuetudes')?.narrower).toEqual(['double-diagnostic']);
    expect(taxonomy?.labels['psy addictions']).toEqual(['double-diagnostic']);
    expect(taxonomy?.labels['double diagnostic']?.sort()).toEqual(['deficience-intellectuelle', 'double-diagnostic']);
  });

  it('names the line of a YAML syntax error', () => {
    const {taxonomy, problems} = parseTaxonomy('themes:\n  a:\n    prefLabel: [unclosed\n', 'themes.yml', 'en');
    expect(taxonomy).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'themes.yml', rule: 'yaml', severity: 'error'});
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('names the field and line of a missing translation', () => {
    const text = `themes:\n  logement:\n    prefLabel: {fr: Logement, en: Housing}\n    scopeNote: {fr: a, nl: b, en: c}\n`;
    const {problems} = parseTaxonomy(text, 'themes.yml', 'en');
    expect(problems).toEqual([
      expect.objectContaining({field: 'themes.logement.prefLabel.nl', line: 3, rule: 'required'}),
    ]);
  });

  it('reports unknown broader and related targets', () => {
    const text = `themes:\n${minimalTheme('a', '    broader: [nowhere]\n    related: [elsewhere]\n')}`;
    const {taxonomy, problems} = parseTaxonomy(text, 'themes.yml', 'en');
    expect(taxonomy).toBeUndefined();
    expect(problems.map((problem) => [problem.rule, problem.field, problem.line])).toEqual([
      ['taxonomy-reference', 'themes.a.broader', 5],
      ['taxonomy-reference', 'themes.a.related', 6],
    ]);
    expect(problems[0]?.message).toContain('"nowhere"');
  });

  it('reports a cycle in broader with its path', () => {
    const text = `themes:\n${minimalTheme('a', '    broader: [b]\n')}${minimalTheme('b', '    broader: [c]\n')}${minimalTheme('c', '    broader: [a]\n')}`;
    const {problems} = parseTaxonomy(text, 'themes.yml', 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({rule: 'taxonomy-cycle'});
    expect(problems[0]?.message).toContain('a → b → c → a');
  });

  it('refuses a label claimed by two themes unless declared ambiguous', () => {
    const shared = '    altLabel: {fr: [Santé mentale], nl: [], en: []}\n';
    const text = `themes:\n${minimalTheme('a', shared)}${minimalTheme('b', shared)}`;
    const refused = parseTaxonomy(text, 'themes.yml', 'en');
    expect(refused.taxonomy).toBeUndefined();
    expect(refused.problems).toEqual([expect.objectContaining({rule: 'taxonomy-label', field: 'themes.b.altLabel'})]);
    expect(refused.problems[0]?.message).toContain('"sante mentale"');

    const declared = parseTaxonomy(`${text}ambiguousLabels:\n  - label: santé mentale\n    themes: [a, b]\n`, 'themes.yml', 'en');
    expect(declared.problems).toEqual([]);
    expect(declared.taxonomy?.labels['sante mentale']).toEqual(['a', 'b']);
  });

  it('warns about an ambiguity declared for a label nobody shares', () => {
    const text = `themes:\n${minimalTheme('a')}ambiguousLabels:\n  - label: rien\n    themes: [a, a]\n`;
    const {taxonomy, problems} = parseTaxonomy(text, 'themes.yml', 'en');
    expect(taxonomy).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({rule: 'taxonomy-ambiguity-unused', severity: 'warning'})]);
  });

  it('rejects an id that cannot be a URL segment', () => {
    const {taxonomy, problems} = parseTaxonomy(`themes:\n${minimalTheme('Santé_Mentale')}`, 'themes.yml', 'en');
    expect(taxonomy).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({rule: 'taxonomy-id', field: 'themes.Santé_Mentale', line: 2})]);
  });

  it('names an unknown key and the key it probably meant', () => {
    const {problems} = parseTaxonomy(`themes:\n${minimalTheme('b', '    broadr: [a]\n')}`, 'themes.yml', 'en');
    expect(problems).toEqual([expect.objectContaining({rule: 'unknown-field', field: 'themes.b.broadr', line: 5})]);
    expect(problems[0]?.message).toContain('"broader"');
  });

  it('writes messages in the requested language', () => {
    const text = `themes:\n${minimalTheme('a', '    broader: [nulle-part]\n')}`;
    expect(parseTaxonomy(text, 'themes.yml', 'fr').problems[0]?.message).toContain("n'est pas un thème défini");
    expect(parseTaxonomy(text, 'themes.yml', 'nl').problems[0]?.message).toContain('geen gedefinieerd thema');
  });
});

describe('loadTaxonomy', () => {
  const load = async (content: string | Uint8Array) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'passerelles-taxonomy-'));
    await writeFile(path.join(folder, 'themes.yml'), content);
    return loadTaxonomy(path.join(folder, 'themes.yml'), 'themes.yml', 'en');
  };

  it('says a file that is not UTF-8 text is not, with the line, rather than reading garbled labels', async () => {
    expect((await load(Buffer.from('themes:\n  a:\n    prefLabel: {fr: R\xe9sum\xe9, nl: x, en: y}\n', 'latin1'))).problems).toEqual([
      {severity: 'error', file: 'themes.yml', line: 3, rule: 'file-encoding', message: expect.stringContaining('not UTF-8')},
    ]);
    expect((await load(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).problems).toEqual([expect.objectContaining({rule: 'file-binary'})]);
  });

  it('says an empty file, or a list, lacks its themes', async () => {
    for (const content of ['', '- a\n- b\n']) {
      expect((await load(content)).problems).toEqual([
        expect.objectContaining({field: 'themes', rule: 'required', message: expect.stringContaining('expected: the themes, each under its id')}),
      ]);
    }
  });
});
