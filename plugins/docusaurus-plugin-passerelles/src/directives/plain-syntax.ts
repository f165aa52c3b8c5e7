/**
 * A directive's label and attributes written plainly enough to be read here exactly as
 * remark-directive reads them: no character that markdown or MDX would turn into something else
 * (emphasis, code, HTML, JSX, expressions, references, escapes, nested directives), no line break.
 * The fast paths of the checks (directives/check.ts, content/unsafe.ts) rely on them.
 */

/** What may stand between the brackets of a plain `[label]` (a regular expression's source). */
export const plainLabelText = String.raw`[^[\]\\\n\`*_<>{}&:!~]*`;
/** What may stand between the braces of plain `{attributes}` (a regular expression's source). */
export const plainAttributesText = String.raw`[^{}\n"'\\&#.<>\`]*`;

const plainAttribute = /^([A-Za-z][\w-]*)(?:=([^\s"'<=>`}&\\{]+))?$/;

/** The attributes in the text of a plain `{…}`; undefined when a token is not plain or a name repeats. */
export function plainAttributesOf(text: string): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  for (const token of text.split(/[ \t]+/).filter((part) => part !== '')) {
    const [, name, value = ''] = plainAttribute.exec(token) ?? [];
    if (name === undefined || name in attributes) return undefined;
    attributes[name] = value;
  }
  return attributes;
}
