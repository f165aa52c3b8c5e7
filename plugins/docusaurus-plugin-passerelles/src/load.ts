/** Loads the taxonomy from disk and runs the pipeline: what the build and the CLI share. */
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import {withDirectiveProblems} from './directives/check';
import type {DraftPolicy} from './drafts';
import type {SourceDocument} from './model/items';
import type {MessageLocale} from './model/messages';
import type {PluginOptions} from './options';
import {buildKnowledgeBase, type KnowledgeBase} from './pipeline';
import {loadTaxonomy} from './taxonomy/load';

export async function loadKnowledgeBase(
  siteDir: string,
  options: Pick<PluginOptions, 'taxonomyPath' | 'timeZone'>,
  documents: readonly SourceDocument[],
  locale: MessageLocale,
  drafts?: DraftPolicy,
): Promise<KnowledgeBase> {
  const taxonomyFile = path.resolve(siteDir, options.taxonomyPath);
  const taxonomy = await loadTaxonomy(taxonomyFile, posixPath(path.relative(siteDir, taxonomyFile)), locale);
  const knowledgeBase = buildKnowledgeBase({documents, taxonomy, timeZone: options.timeZone, locale, ...(drafts === undefined ? {} : {drafts})});
  // The pipeline is synchronous; reading directives needs the ES-module-only MDX parser, loaded here.
  return withDirectiveProblems(knowledgeBase, documents, locale);
}
