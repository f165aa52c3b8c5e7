/** Splits a markdown file into its front matter (parsed, with positions) and its body. */
import {parseYaml, type ParsedYaml} from './yaml';

export interface SourceText {
  /** undefined when the file has no front matter block. */
  frontMatter: ParsedYaml | undefined;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyFirstLine: number;
}

const frontMatterBlock = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitSource(text: string): SourceText {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const match = frontMatterBlock.exec(withoutBom);
  if (match === null) return {frontMatter: undefined, body: withoutBom, bodyFirstLine: 1};
  const block = match[0];
  let frontMatter: ParsedYaml | undefined;
  return {
    // Parsed when first read, once: the directive check reads the body only. The YAML starts on the line after the opening `---`.
    get frontMatter() {
      frontMatter ??= parseYaml(match[1] ?? '', 2);
      return frontMatter;
    },
    body: withoutBom.slice(block.length),
    bodyFirstLine: block.split('\n').length - (block.endsWith('\n') ? 1 : 0) + 1,
  };
}

export interface OutlineEntry {
  /** 1–3 for a heading, 0 for a `:::name` container directive. */
  level: number;
  text: string;
  line: number;
}

/** Headings of levels 1–3 and `:::name` container directives, outside code fences, with their lines. */
export function outline(body: string, firstLine: number): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trimEnd();
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1] !== undefined) {
      if (fence === undefined) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const heading = /^(#{1,3})\s+(.+?)\s*#*$/.exec(line);
    const directive = /^:{3,}\s*([\w-]+)/.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      entries.push({level: heading[1].length, text: heading[2], line: firstLine + index});
    } else if (directive?.[1] !== undefined) {
      entries.push({level: 0, text: directive[1], line: firstLine + index});
    }
  });
  return entries;
}
