/**
 * Drafts: an item with `status: brouillon` is visible in development only.
 * Docusaurus hides a page whose front matter says `draft: true`; the site
 * lists `passerellesParseFrontMatter` (front-matter-parser.ts) in its config so
 * that the status says it, and the plugin keeps drafts out of hubs, search and lists itself.
 */

/** What the knowledge base does with drafts: keep them (development), leave them out, or refuse them (a production build whose pages would publish them). */
export type DraftPolicy = 'include' | 'exclude' | 'forbid';

export function draftPolicyForBuild(environment = process.env.NODE_ENV): DraftPolicy {
  return environment === 'production' ? 'forbid' : 'include';
}
