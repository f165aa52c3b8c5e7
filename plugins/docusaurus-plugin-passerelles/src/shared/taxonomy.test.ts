import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {closestThemeIds, resolveTheme} from './taxonomy';

describe('resolveTheme', () => {
  const taxonomy = fixtureTaxonomy();

  it('resolves an id exactly, even when its label form is ambiguous', () => {
    expect(resolveTheme(taxonomy, 'double-diagnostic')).toEqual({status: 'theme', id: 'double-diagnostic'});
  });

  it.each([
    ['psy + addictions', 'double-diagnostic'],
    ['PSY-ADDICTIONS', 'double-diagnostic'],
    ['Verslaving', 'assuetudes'],
    ['nieuwkomers', 'migration'],
    ['Suicide prevention', 'prevention-suicide'],
    ['Prevention du suicide', 'prevention-suicide'],
  ])('resolves the label %p in any language to %p', (label, id) => {
    expect(resolveTheme(taxonomy, label)).toEqual({status: 'theme', id});
  });

  it('never picks one theme for a label two themes share', () => {
    const resolution = resolveTheme(taxonomy, 'Double diagnostic');
    expect(resolution.status).toBe('ambiguous');
    expect(resolution.status === 'ambiguous' && [...resolution.candidates].sort()).toEqual(['deficience-intellectuelle', 'double-diagnostic']);
    expect(resolveTheme(taxonomy, 'dubbele diagnose').status).toBe('ambiguous');
  });

  it('suggests the closest ids for an unknown theme', () => {
    const resolution = resolveTheme(taxonomy, 'migartion');
    expect(resolution.status).toBe('unknown');
    expect(resolution.status === 'unknown' && resolution.suggestions[0]).toBe('migration');
    expect(closestThemeIds(taxonomy, 'prevension suicide', 2)[0]).toBe('prevention-suicide');
  });
});
