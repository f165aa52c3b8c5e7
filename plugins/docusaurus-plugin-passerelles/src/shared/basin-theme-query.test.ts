import {basinThemeQuery, parseBasinThemeQuery} from './basin-theme-query';

describe('a basin and a theme in the URL', () => {
  const themeIds = new Set(['dual', 'housing']);

  it('reads a basin and a theme', () => {
    expect(parseBasinThemeQuery('?basin=nord&theme=dual', themeIds)).toEqual({basin: 'nord', theme: 'dual'});
  });

  it('ignores unknown values and other parameters', () => {
    expect(parseBasinThemeQuery('?basin=atlantis&theme=gone&q=x', themeIds)).toEqual({});
    expect(parseBasinThemeQuery('?basin=sud&theme=', themeIds)).toEqual({basin: 'sud'});
    expect(parseBasinThemeQuery('', themeIds)).toEqual({});
  });

  it('writes them back, and nothing without filters', () => {
    expect(basinThemeQuery({basin: 'nord-est', theme: 'dual'})).toBe('?basin=nord-est&theme=dual');
    expect(basinThemeQuery({})).toBe('');
    expect(parseBasinThemeQuery(basinThemeQuery({theme: 'housing'}), themeIds)).toEqual({theme: 'housing'});
  });
});
