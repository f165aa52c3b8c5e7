/** The demo site's knowledge base, read through the plugin's own pipeline (to derive what pages must show). */
import {documentsFromFolder} from '../../plugins/docusaurus-plugin-passerelles/src/content/documents';
import {loadKnowledgeBase} from '../../plugins/docusaurus-plugin-passerelles/src/load';
import {DEFAULT_OPTIONS} from '../../plugins/docusaurus-plugin-passerelles/src/options';
import type {KnowledgeBase} from '../../plugins/docusaurus-plugin-passerelles/src/pipeline';
import {siteDir} from './site';

export async function demoKnowledgeBase(): Promise<KnowledgeBase> {
  const documents = await documentsFromFolder(siteDir, DEFAULT_OPTIONS.docsPath);
  // As the production build sees it: drafts left out.
  return loadKnowledgeBase(siteDir, DEFAULT_OPTIONS, documents, 'en', 'exclude');
}
