import {fixtureTaxonomy} from './__fixtures__/taxonomy';
import {draftPolicyForBuild} from './drafts';
import type {SourceDocument} from './model/items';
import {buildKnowledgeBase} from './pipeline';

const vignette = (id: string, status: string): SourceDocument => ({
  file: `docs/vignettes/${id}.md`,
  id: `vignettes/${id}`,
  permalink: `/docs/vignettes/${id}`,
  text: `---\nkind: vignette\ntitle: ${id}\nsummary: Résumé.\nthemes: [migration]\n${status}\n---\n\n## Situation\n\nTexte.\n\n## Questions\n\n- ?\n`,
});

describe('drafts', () => {
  it('keeps drafts in development, refuses them in a production build, and can leave them out', () => {
    expect(draftPolicyForBuild('development')).toBe('include');
    expect(draftPolicyForBuild('production')).toBe('forbid');
    const documents = [vignette('publiee', 'status: relu\nreviewers: [Comité fictif]'), vignette('en-cours', 'status: brouillon')];
    const taxonomy = {taxonomy: fixtureTaxonomy(), problems: []};
    const build = (drafts: 'include' | 'exclude' | 'forbid') => buildKnowledgeBase({documents, taxonomy, timeZone: 'Europe/Brussels', locale: 'en', drafts});
    expect(build('include').items.map((item) => item.id)).toEqual(['vignettes/publiee', 'vignettes/en-cours']);
    expect(build('exclude')).toMatchObject({items: [{id: 'vignettes/publiee'}], problems: []});
    expect(build('forbid').problems).toMatchObject([{severity: 'error', file: 'docs/vignettes/en-cours.md', field: 'status', rule: 'draft-published'}]);
    expect(build('forbid').problems[0]?.message).toContain('passerellesParseFrontMatter');
  });
});
