import {isMap, isNode, isSeq, LineCounter, parseDocument, type Document} from 'yaml';

export interface ParsedYaml {
  value: unknown;
  /** First syntax error, with its line in the file, if the text does not parse. */
  syntaxError?: {line: number; detail: string};
  /** The line (1-based, in the file) of a path's key, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML 1.2 (core schema: a date stays the string its author wrote)
 * and keeps positions, so that a problem can name its line.
 * `firstLine` is the line of the file where the YAML text starts.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = document.errors;
  if (error !== undefined) {
    return {
      value: undefined,
      syntaxError: {line: toFileLine(error.pos[0]), detail: error.message.split('\n')[0] ?? error.code},
      lineOf: () => undefined,
    };
  }
  return {
    value: document.toJS({maxAliasCount: 100}),
    lineOf: (path) => lineOfPath(document, path, toFileLine),
  };
}

function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
): number | undefined {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key.toJSON() as unknown) === key);
      if (pair !== undefined && isNode(pair.key) && pair.key.range) return toFileLine(pair.key.range[0]);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (isNode(item) && item.range) return toFileLine(item.range[0]);
    }
  }
  const root = document.contents;
  return isNode(root) && root.range ? toFileLine(root.range[0]) : undefined;
}
