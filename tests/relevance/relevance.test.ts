/** The committed query set, against the demo site's built index: the expected theme first, and results that carry it. */
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {loadSearchIndex} from '../../plugins/docusaurus-plugin-passerelles/src/cli/search';
import {DEFAULT_OPTIONS} from '../../plugins/docusaurus-plugin-passerelles/src/options';
import {createSearcher} from '../../plugins/docusaurus-plugin-passerelles/src/shared/search/searcher';
import {siteDir, testBuildDate, testSite} from '../setup/site';
import {relevanceCases} from './queries';

const site = {siteDir, options: {...DEFAULT_OPTIONS, id: 'default'}, baseUrl: '/', trailingSlash: true, defaultLocale: 'fr'};
const now = Date.parse(testBuildDate);

describe('relevance of the committed query set', () => {
  it('holds at least 40 queries', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(40);
  });

  it('reads the index of the build, not one rebuilt from the content', async () => {
    const {source} = await loadSearchIndex(site, 'fr', testSite().buildDir);
    expect(source).toBe('build');
  });

  it.each(relevanceCases)('"$query" puts $theme first and its top results carry it', async ({query, theme, ambiguous}) => {
    const {index} = await loadSearchIndex(site, 'fr', testSite().buildDir);
    const response = createSearcher(index).search({query, now, limit: 3});
    const accepted = ambiguous ?? [theme];
    if (ambiguous === undefined) {
      expect(response.themes[0]?.id).toBe(theme);
    } else {
      expect(response.themes.map((hit) => hit.id).sort()).toEqual([...ambiguous].sort());
      expect(response.themes.every((hit) => hit.ambiguous)).toBe(true);
    }
    const carries = response.results.map((result) => result.themes.some((id) => accepted.includes(id)));
    expect(carries[0]).toBe(true);
    expect(carries.filter(Boolean).length).toBeGreaterThan(carries.length / 2);
  });

  it('answers the same through the CLI, in JSON', async () => {
    const {stdout} = await promisify(execFile)(
      process.execPath,
      [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'passerelles:search', 'mantelzorgers', '--json', '--limit', '3', '--out-dir', testSite().buildDir],
      {cwd: siteDir},
    );
    const output = JSON.parse(stdout) as {themes: {id: string; label: string; score: number}[]; results: {id: string; kind: string; title: string; permalink: string; themes: string[]; score: number}[]; facets: Record<string, Record<string, number>>};
    expect(output.themes[0]).toEqual({id: 'aidants-proches', label: 'Aidant·es proches', score: 1, ambiguous: false});
    expect(output.results).toHaveLength(3);
    for (const result of output.results) {
      expect(Object.keys(result).sort()).toEqual(['id', 'kind', 'permalink', 'score', 'themes', 'title']);
      expect(result.permalink).toMatch(/^\/docs\//);
    }
    expect(Object.keys(output.facets).sort()).toEqual(['basin', 'cost', 'format', 'kind', 'language', 'theme', 'upcoming']);
  }, 60_000);

  it('filters in the CLI by kind, theme and basin', async () => {
    const {stdout} = await promisify(execFile)(
      process.execPath,
      [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'passerelles:search', 'double diagnostic', '--kind', 'intervision', '--basin', 'nord', '--json', '--out-dir', testSite().buildDir],
      {cwd: siteDir},
    );
    const {results} = JSON.parse(stdout) as {results: {kind: string; id: string}[]};
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.kind === 'intervision')).toBe(true);
  }, 60_000);
});
