/**
 * The texts the components write into pages stay within Latin-1 (U+0000–U+00FF).
 *
 * V8 keeps a string whose characters are all Latin-1 at one byte per character; a single
 * character beyond it (a typographic apostrophe, an ellipsis, a euro sign) makes the whole
 * page's HTML two bytes per character. React's rendering, the HTML minifier and the garbage
 * collector then do more work on every page that shows the component: the search box is on
 * all of them, the facts of an offer on most. The site's own text may hold any character;
 * the plugin's texts do not force it on pages whose text is Latin-1.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {defaultCodeTranslations} from './index';

const beyondLatin1 = /[^\u0000-\u00ff]/u;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const file = path.join(directory, entry);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry) && !entry.includes('.test.') ? [file] : [];
  });
}

/** Every string, template and JSX text of a file (comments are not texts), with its line. */
function textsOf(file: string): {line: number; text: string}[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: {line: number; text: string}[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      texts.push({line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text});
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

describe('the texts of the plugin', () => {
  it('finds the texts of the components, and would see one beyond Latin-1', () => {
    const searchBox = path.join(__dirname, '..', 'theme', 'SearchBar', 'index.tsx');
    expect(textsOf(searchBox).map(({text}) => text)).toContain('passerelles.search.placeholder');
    expect(beyondLatin1.test('Thème, mot, sigle')).toBe(false);
    expect(['l’accès', 'sigle…', '30 €', '10:00 – 12:00', '“komend”'].filter((text) => beyondLatin1.test(text))).toHaveLength(5);
  });

  it('writes no character beyond Latin-1 in the components', () => {
    const found = sourceFiles(path.join(__dirname, '..', 'theme')).flatMap((file) =>
      textsOf(file)
        .filter(({text}) => beyondLatin1.test(text))
        .map(({line, text}) => `${path.relative(path.join(__dirname, '..'), file)}:${line} ${JSON.stringify(text)}`),
    );
    expect(found).toEqual([]);
  });

  it.each(['nl', 'en'])('has no character beyond Latin-1 in the %s translations', (locale) => {
    const found = Object.entries(defaultCodeTranslations(locale)).filter(([, text]) => beyondLatin1.test(text));
    expect(found).toEqual([]);
  });
});
