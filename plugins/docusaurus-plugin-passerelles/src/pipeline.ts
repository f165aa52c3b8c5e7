/**
 * The pure pipeline: documents, taxonomy text and options in; items, the
 * taxonomy and every problem out. The build and `passerelles:check` both call it.
 */
import {unreadableProblem} from './content/documents';
import {docusaurusFieldProblems} from './content/docusaurus-fields';
import type {DraftPolicy} from './drafts';
import type {Taxonomy} from './shared/taxonomy';
import type {Item, SourceDocument} from './model/items';
import {message, type MessageLocale} from './model/messages';
import {hasErrors, sortProblems, type Problem} from './model/problems';
import {readItem} from './model/read-item';
import {createItemSchemas} from './model/schemas';
import {linkStructures, type PendingReference} from './model/structure-links';
import type {LoadedTaxonomy} from './taxonomy/load';

export interface PipelineInput {
  documents: readonly SourceDocument[];
  taxonomy: LoadedTaxonomy;
  timeZone: string;
  locale: MessageLocale;
  /** Default: drafts are items like the others (development, `passerelles:check`). */
  drafts?: DraftPolicy;
}

export interface KnowledgeBase {
  taxonomy: Taxonomy | undefined;
  items: Item[];
  problems: Problem[];
}

export function buildKnowledgeBase({documents, taxonomy, timeZone, locale, drafts = 'include'}: PipelineInput): KnowledgeBase {
  const problems: Problem[] = [...taxonomy.problems];
  if (taxonomy.taxonomy === undefined) {
    return {taxonomy: undefined, items: [], problems: sortProblems(problems)};
  }
  const schemas = createItemSchemas({taxonomy: taxonomy.taxonomy, timeZone});
  const items: Item[] = [];
  const fileById = new Map<string, string>();
  const structureReferences: PendingReference[] = [];
  for (const document of documents) {
    if (document.unreadable !== undefined) {
      problems.push(unreadableProblem(document.file, document.unreadable, locale));
      continue;
    }
    const result = readItem(document, schemas, locale, docusaurusFieldProblems);
    problems.push(...result.problems);
    if (result.item === undefined) continue;
    if (result.item.status === 'brouillon' && drafts !== 'include') {
      if (drafts === 'forbid') {
        problems.push({severity: 'error', file: document.file, field: 'status', rule: 'draft-published', message: message(locale, 'draft-published', {})});
      }
      continue;
    }
    const other = fileById.get(result.item.id);
    if (other !== undefined) {
      problems.push({
        severity: 'error',
        file: document.file,
        field: 'id',
        rule: 'duplicate-id',
        message: message(locale, 'duplicate-id', {id: result.item.id, other}),
      });
      continue;
    }
    fileById.set(result.item.id, document.file);
    items.push(result.item);
    if (result.structureReference !== undefined) structureReferences.push({itemId: result.item.id, file: document.file, reference: result.structureReference});
  }
  const linked = linkStructures(items, structureReferences, locale);
  problems.push(...linked.problems);
  return {taxonomy: taxonomy.taxonomy, items: hasErrors(problems) ? [] : linked.items, problems: sortProblems(problems)};
}
