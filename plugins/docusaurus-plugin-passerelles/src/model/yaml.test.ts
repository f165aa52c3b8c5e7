import fc from 'fast-check';
import {parseYaml, parseYamlWithPositions} from './yaml';

describe('parseYaml', () => {
  it('names the key written twice', () => {
    expect(parseYaml('kind: vignette\nsummary: a\nsummary: b\n', 2).syntaxError).toMatchObject({line: 4, kind: 'duplicate-key', name: 'summary'});
  });

  it('tells an unclosed list, map or quote, a tab and a missing colon apart', () => {
    const kindOf = (text: string) => parseYaml(text).syntaxError?.kind;
    expect(kindOf('themes: [migration, logement\n')).toBe('unclosed-list');
    expect(kindOf('cost: {amount: 3\n')).toBe('unclosed-map');
    expect(kindOf('title: "Un titre\nsummary: x\n')).toBe('unclosed-quote');
    expect(kindOf('access:\n\tcriteria: x\n')).toBe('tab-indentation');
    expect(kindOf('kind: vignette\ntitle Un titre\nsummary: x\n')).toBe('missing-colon');
    expect(kindOf('title: Note: importante\n')).toBe('colon-in-value');
  });

  // The YAML library throws on these when asked for their value: a stack trace instead of a message.
  it('says an alias that names no anchor is a syntax error, with its line, instead of throwing', () => {
    expect(parseYaml('kind: vignette\ntitle: *titre\n', 2)).toMatchObject({value: undefined, syntaxError: {line: 3, kind: 'alias-unresolved', name: 'titre'}});
  });

  it('refuses a value that contains itself and aliases that multiply, instead of looping or throwing', () => {
    expect(parseYaml('kind: vignette\nthemes: &t [*t]\n').syntaxError).toMatchObject({line: 2, kind: 'alias-loop'});
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'];
    expect(parseYaml(bomb.join('\n')).syntaxError).toMatchObject({line: 2, kind: 'alias-loop'});
  });

  it('keeps an alias of an earlier value', () => {
    expect(parseYaml('a: &x [migration]\nb: *x\n').value).toEqual({a: ['migration'], b: ['migration']});
  });
});

describe('the quick reading of plain front matter', () => {
  it('leaves empty text, anchors and underscored numbers to the full reader', () => {
    expect(parseYaml('')).toStrictEqual(expect.objectContaining({value: null}));
    expect(parseYaml('# rien\n').value).toBeNull();
    expect(parseYaml('places: 1_000\n').value).toStrictEqual({places: '1_000'});
    expect(parseYaml('code: 0b11\n').value).toStrictEqual({code: '0b11'});
  });

  it('finds the line of a field as the full reader does', () => {
    expect(parseYaml('kind: vignette\nthemes:\n  - migration\n', 2).lineOf(['themes', 0])).toBe(4);
  });

  // js-yaml reads first for speed; whatever it accepts must be read exactly as the yaml library reads it,
  // errors included. Random front matter from the pieces where YAML readers are known to differ.
  it('reads every text as the full reader does', () => {
    const keys = ['title', 'themes', 'summary', '"titre"', "'a b'", '1', 'yes', 'null', '~', '? x', '- x', '-', 'a b', 'é', '__proto__', '<<', 'x#y', '[a]', '{a: 1}'];
    const values = [
      '', 'texte simple', 'Note: importante', 'a #commentaire', 'a#b', '"guillemets \\" et \\u00e9"', '"non fermé', "'l''aide'", "'non fermé",
      '12', '-0', '+1', '1_000', '0x1F', '0o17', '0b11', '017', '1e3', '1E-2', '.5', '1.', '.inf', '-.Inf', '.NaN', '12:30', '1:20:30',
      'true', 'True', 'TRUE', 'yes', 'on', 'off', 'null', 'Null', '~', '2026-02-30', '2026-05-01T10:00:00+02:00',
      '[migration, logement]', '[a, [b]]', '[a', '{a: 1, b: [2]}', '{a: 1', '[]', '{}', '|', '>-', '|+', '&ancre x', '*ancre', '!!str 12', '!perso x',
      '`code`', '@arobase', '% pourcent', '- a', '"a\tb"', 'a\tb', 'é à ç', '"\\x41"', "'\\n'",
    ];
    const indents = ['', '', '', '  ', '    ', '\t', ' '];
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...keys), fc.constantFrom(': ', ':', ' : ', ':\t'), fc.constantFrom(...values)).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom(...indents), fc.constantFrom('- ', '-\t', ''), fc.constantFrom(...values)).map((parts) => parts.join('')),
      fc.constantFrom('', '# commentaire', '---', '...', '%YAML 1.2'),
    );
    fc.assert(
      fc.property(fc.array(line, {maxLength: 6}), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const text = lines.join(newline);
        const full = parseYamlWithPositions(text, 2);
        const quick = parseYaml(text, 2);
        expect({value: quick.value, syntaxError: quick.syntaxError}).toStrictEqual({value: full.value, syntaxError: full.syntaxError});
      }),
      {numRuns: Number(process.env.PASSERELLES_FUZZ_RUNS ?? 3000), seed: Number(process.env.PASSERELLES_FUZZ_SEED ?? 20261130)},
    );
  });
});
