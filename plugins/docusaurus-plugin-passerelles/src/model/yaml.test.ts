import {parseYaml} from './yaml';

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
