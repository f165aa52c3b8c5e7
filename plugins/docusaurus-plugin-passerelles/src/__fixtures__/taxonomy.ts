/** The fixture taxonomy, loaded once for the unit tests. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Taxonomy} from '../shared/taxonomy';
import {parseTaxonomy} from '../taxonomy/load';

export const fixtureSiteDir = path.join(__dirname, 'site');

export const fixtureTaxonomyText = readFileSync(path.join(fixtureSiteDir, 'themes.yml'), 'utf8');

export function fixtureTaxonomy(): Taxonomy {
  const {taxonomy, problems} = parseTaxonomy(fixtureTaxonomyText, 'themes.yml', 'en');
  if (taxonomy === undefined) throw new Error(`fixture taxonomy is invalid: ${JSON.stringify(problems)}`);
  return taxonomy;
}
