/** The benchmarks' generated sites stay valid content: what bench:build and bench:check measure must be what authors write. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {benchSitesDir, generateSite} from '../bench/generate';
import {runCheck} from '../plugins/docusaurus-plugin-passerelles/src/cli/check';
import {isOffer} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {DEFAULT_OPTIONS} from '../plugins/docusaurus-plugin-passerelles/src/options';
import {itemKinds} from '../plugins/docusaurus-plugin-passerelles/src/shared/kinds';

describe('bench/generate.ts', () => {
  const siteDir = path.join(benchSitesDir, 'site-test-50');

  it('writes items of every kind, offers naming structures, that passerelles:check accepts without a warning', async () => {
    const {items} = generateSite(siteDir, 50);
    expect([...new Set(items.map((item) => item.kind))].sort()).toEqual([...itemKinds].sort());
    expect(items.some((item) => isOffer(item) && item.structure !== undefined)).toBe(true);
    const vignette = items.find((item) => item.kind === 'vignette');
    expect(readFileSync(path.join(siteDir, vignette?.file ?? ''), 'utf8')).toMatch(/:::situation[\s\S]+:::questions\n\n- .+\?/);

    const result = await runCheck(siteDir, {...DEFAULT_OPTIONS, id: 'default'}, 'en');
    expect({errors: result.errors, warnings: result.warnings, items: result.items}).toEqual({errors: [], warnings: [], items: 50});
  }, 60_000);

  it('writes the same files for the same seed', () => {
    const first = generateSite(siteDir, 20, 7);
    const file = first.items[3]?.file ?? '';
    const text = readFileSync(path.join(siteDir, file), 'utf8');
    const second = generateSite(siteDir, 20, 7);
    expect(second.items).toEqual(first.items);
    expect(readFileSync(path.join(siteDir, file), 'utf8')).toBe(text);
  });
});
