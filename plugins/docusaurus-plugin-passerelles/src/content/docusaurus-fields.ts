/**
 * Docusaurus' own front matter fields (`tags`, `sidebar_position`, `description`…),
 * checked with the docs plugin's own schema. A value it refuses would stop the
 * docs plugin with a stack trace before this plugin could say anything: the
 * pipeline names it like any other problem, and the front matter parser of the
 * site (`passerellesParseFrontMatter`) leaves it out so that the build reaches
 * the point where the problems are listed.
 */
import {DocFrontMatterSchema} from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import type {FrontMatterCheck} from '../model/read-item';
import {expectation, message, type Expectation, type MessageLocale} from '../model/messages';
import type {Problem} from '../model/problems';
import {knownFields} from '../model/schemas';
import {isSafeUrl} from './unsafe';

interface RefusedField {
  field: string;
  found: unknown;
  /** What the field takes, as this plugin says it; otherwise Docusaurus' own sentence. */
  expected: Expectation | {docusaurus: string};
}

const expectationOfJoiType: Readonly<Record<string, Expectation>> = {
  'string.base': 'text',
  'number.base': 'number',
  'boolean.base': 'boolean',
  'array.base': 'text-list',
};

/** Front matter keys the docs plugin's schema defines (it lets any other through): never taken for a typo of ours. */
export const docusaurusFields: ReadonlySet<string> = new Set(Object.keys(DocFrontMatterSchema.describe().keys ?? {}));

/** The top-level fields whose value Docusaurus' docs plugin would refuse, and why. */
export function refusedDocusaurusFields(fields: Readonly<Record<string, unknown>>): RefusedField[] {
  // Only its own fields are given to the schema: Joi would copy an item's sessions and sections for nothing.
  const ownFields = Object.fromEntries(Object.entries(fields).filter(([field]) => docusaurusFields.has(field)));
  if (Object.keys(ownFields).length === 0) return [];
  const {error} = DocFrontMatterSchema.validate(ownFields, {convert: true, allowUnknown: true, abortEarly: false});
  const refused: RefusedField[] = (error?.details ?? []).map((detail) => {
    const known = expectationOfJoiType[detail.type];
    return {field: String(detail.path[0] ?? ''), found: detail.context?.value, expected: known ?? {docusaurus: detail.message}};
  });
  // Not in the schema: the docs plugin throws on its own for an id with a slash.
  if (typeof fields.id === 'string' && fields.id.includes('/') && !refused.some((entry) => entry.field === 'id')) {
    refused.push({field: 'id', found: fields.id, expected: 'doc-id'});
  }
  // Docusaurus takes any URI for the "edit this page" link; a script is not one to follow.
  if (typeof fields.custom_edit_url === 'string' && !isSafeUrl(fields.custom_edit_url)) {
    refused.push({field: 'custom_edit_url', found: fields.custom_edit_url, expected: 'website'});
  }
  return refused;
}

/** The fields a knowledge-base item's schema checks itself (`title`): not said twice. */
function checkedByItemSchema(fields: Readonly<Record<string, unknown>>, field: string): boolean {
  return 'kind' in fields && knownFields.includes(field);
}

export const docusaurusFieldProblems: FrontMatterCheck = (fields, {file, locale, lineOf}) =>
  refusedDocusaurusFields(Object.fromEntries(Object.entries(fields).filter(([field]) => !checkedByItemSchema(fields, field))))
    .map(({field, found, expected}): Problem => {
      const line = lineOf([field]);
      return {
        severity: 'error',
        file,
        ...(line === undefined ? {} : {line}),
        field,
        rule: 'docusaurus-field',
        message: message(locale, 'docusaurus-field', {found, expected: describeExpected(locale, expected)}),
      };
    });

function describeExpected(locale: MessageLocale, expected: RefusedField['expected']): string {
  return typeof expected === 'string' ? expectation(locale, expected) : expected.docusaurus;
}

/** The front matter without the fields Docusaurus would refuse: what the site's parser hands the docs plugin. */
export function withoutRefusedDocusaurusFields(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const refused = new Set(refusedDocusaurusFields(fields).map((entry) => entry.field));
  return Object.fromEntries(Object.entries(fields).filter(([field]) => !refused.has(field)));
}
