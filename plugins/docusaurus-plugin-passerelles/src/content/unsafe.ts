/**
 * What the text of an item may not hold. Docusaurus compiles every page as MDX,
 * where `<script>…</script>` is a script element, `onerror="…"` an attribute of
 * the page and `{…}` JavaScript run at build time and in the reader's browser.
 * Items are written by people without technical training, pasted from elsewhere
 * and published as they are: their text is text. So this refuses, with the line
 * and column, the elements that run or load code, `on…` attributes, links and
 * sources whose scheme runs code (`javascript:`, `vbscript:`, `data:`), and MDX
 * code ({…} expressions, attribute expressions, import and export).
 * Harmless HTML (`<br/>`, `<sup>`, `<details>`) stays allowed.
 */
import {plainAttributesOf, plainAttributesText, plainLabelText} from '../directives/plain-syntax';
import {message, type MessageLocale} from '../model/messages';
import type {Problem} from '../model/problems';
import type {MdastNode} from '../remark/mdx-nodes';

/** Elements that run, embed or load code, or restyle and redirect the whole page. */
const unsafeElements = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'style', 'portal']);

/** Attributes whose value a browser follows or loads as an address. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlinkhref', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'codebase']);

const safeSchemes = new Set(['https:', 'http:', 'mailto:', 'tel:', 'webcal:']);

/**
 * A link a browser may follow without running anything: a relative path, or an
 * absolute address with a safe scheme. The URL parser is the browser's: it drops
 * the tabs, line feeds and leading controls that `java\tscript:` hides behind.
 */
export function isSafeUrl(url: string): boolean {
  try {
    return safeSchemes.has(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    // No address at all: a browser follows nothing.
    return true;
  }
}

/** Characters and words without which a text holds none of the above. */
const unsafeHint = /[<{&]|(?:script|data)[\s\\]*:|^\s*(?:import|export)\b/im;

const directiveName = String.raw`[A-Za-z](?:[\w-]*[A-Za-z0-9])?`;
const optionalPlainLabel = String.raw`(?:\[${plainLabelText}\])?`;
const plainAttributes = String.raw`\{(${plainAttributesText})\}`;
/**
 * The attribute braces of directives as remark-directive reads them, whatever their name: a text
 * directive (one colon, not after a colon or an escaping backslash), or a leaf or container
 * directive alone on its line. Those braces hold attributes, not MDX code; elsewhere (`::x{…}` in
 * the middle of a line, a name ending in `-`) the same braces are an MDX expression.
 */
const directiveAttributes = new RegExp(
  // Line ends as micromark reads them (not U+2028, which a JavaScript `$` would take for one).
  String.raw`(?<![:\\])(:${directiveName}${optionalPlainLabel})${plainAttributes}|(?<=^|[\r\n])( {0,3}:{2,}${directiveName}${optionalPlainLabel})${plainAttributes}(?=[ \t]*(?:[\r\n]|$))`,
  'g',
);

/**
 * Whether a body is worth parsing for this check: without these characters it can hold none of the
 * above. The braces of directive attributes (`::offres{theme=exil}`, in most bodies) do not count,
 * when every attribute is one the parser reads as such; the directive's colon and name stay, so that
 * `javascript:x{…}` still counts.
 */
export function mayHoldUnsafeContent(body: string): boolean {
  if (!unsafeHint.test(body)) return false;
  const withoutAttributes = body.replace(directiveAttributes, (whole, textDirective: string | undefined, textAttributes: string | undefined, blockDirective: string | undefined, blockAttributes: string | undefined) => {
    return plainAttributesOf(textAttributes ?? blockAttributes ?? '') === undefined ? whole : (textDirective ?? blockDirective ?? '');
  });
  return unsafeHint.test(withoutAttributes);
}

export interface UnsafePlace {
  file: string;
  /** Line of the file where the parsed text starts. */
  firstLine: number;
  locale: MessageLocale;
}

type UnsafeRule = 'unsafe-markup' | 'unsafe-link' | 'content-code';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const shorten = (text: string, length = 40): string => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > length || text.trim().includes('\n') ? `${line.slice(0, length)}…` : line;
};

export function unsafeContentProblems(tree: MdastNode, place: UnsafePlace): Problem[] {
  const problems: Problem[] = [];
  const report = (node: MdastNode, rule: UnsafeRule, found: string): void => {
    const start = node.position?.start;
    problems.push({
      severity: 'error',
      file: place.file,
      ...(start === undefined ? {} : {line: start.line + place.firstLine - 1, column: start.column}),
      rule,
      message: message(place.locale, rule, {found}),
    });
  };

  const checkElement = (node: MdastNode): void => {
    const name = node.name ?? '';
    if (unsafeElements.has(name.toLowerCase())) report(node, 'unsafe-markup', `<${name}>`);
    const attributes = Array.isArray(node.attributes) ? (node.attributes as JsxAttribute[]) : [];
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(node, 'content-code', `<${name} {…}>`);
        continue;
      }
      const attributeName = attribute.name ?? '';
      const {value} = attribute;
      if (typeof value === 'object' && value !== null) {
        report(node, 'content-code', `<${name} ${attributeName}={…}>`);
      } else if (/^on/i.test(attributeName)) {
        report(node, 'unsafe-markup', `<${name} ${attributeName}=…>`);
      } else if (typeof value === 'string' && urlAttributes.has(attributeName.toLowerCase()) && !isSafeUrl(value)) {
        report(node, 'unsafe-link', value);
      }
    }
  };

  const visit = (node: MdastNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'content-code', shorten(node.value ?? ''));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'content-code', `{${shorten(node.value ?? '')}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && !isSafeUrl(node.url)) report(node, 'unsafe-link', node.url);
        break;
      case 'html':
        // Raw HTML, when the text is read as Markdown rather than MDX: the same rules on the source.
        checkRawHtml(node, report);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

function checkRawHtml(node: MdastNode, report: (node: MdastNode, rule: UnsafeRule, found: string) => void): void {
  const html = node.value ?? '';
  for (const match of html.matchAll(/<\s*([a-z][\w:-]*)/gi)) {
    const name = match[1] ?? '';
    if (unsafeElements.has(name.toLowerCase())) report(node, 'unsafe-markup', `<${name}>`);
  }
  for (const match of html.matchAll(/\s(on[a-z]+)\s*=/gi)) report(node, 'unsafe-markup', `${match[1] ?? ''}=…`);
  for (const match of html.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (urlAttributes.has((match[1] ?? '').toLowerCase()) && !isSafeUrl(decodeEntities(value))) report(node, 'unsafe-link', value);
  }
}

/** The character references a browser decodes in an attribute before it reads the address. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => codePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
}

/** A browser reads a reference beyond Unicode as a replacement character; fromCodePoint would throw. */
function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '\uFFFD';
}
