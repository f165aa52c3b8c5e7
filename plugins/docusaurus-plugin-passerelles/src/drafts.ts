/**
 * Drafts: an item with `status: brouillon` is visible in development only.
 * Docusaurus hides a page whose front matter says `draft: true`; the site
 * lists `passerellesParseFrontMatter` in its config so that the status says
 * it, and the plugin keeps drafts out of hubs, search and lists itself.
 */
import type {ParseFrontMatter} from '@docusaurus/types';

/** What the knowledge base does with drafts: keep them (development), leave them out, or refuse them (a production build whose pages would publish them). */
export type DraftPolicy = 'include' | 'exclude' | 'forbid';

export function draftPolicyForBuild(environment = process.env.NODE_ENV): DraftPolicy {
  return environment === 'production' ? 'forbid' : 'include';
}

/** For `markdown.parseFrontMatter` in docusaurus.config: `status: brouillon` also makes the page a Docusaurus draft. */
export const passerellesParseFrontMatter: ParseFrontMatter = async ({defaultParseFrontMatter, ...params}) => {
  const result = await defaultParseFrontMatter(params);
  if (result.frontMatter.status === 'brouillon' && result.frontMatter.draft === undefined) {
    return {...result, frontMatter: {...result.frontMatter, draft: true}};
  }
  return result;
};
