import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {resolveDirective, type DirectiveInput} from './resolve';

const context = {taxonomy: fixtureTaxonomy(), vignetteIds: new Set(['vignettes/exil']), locale: 'en' as const};
const resolve = (input: Partial<DirectiveInput> & {name: string}) =>
  resolveDirective({type: 'textDirective', label: '', attributes: {}, ...input}, context);

describe('resolveDirective', () => {
  it('resolves :theme by label in any language, or by id', () => {
    expect(resolve({name: 'theme', label: 'psy + addictions'})).toEqual({resolved: {directive: 'theme', id: 'double-diagnostic', label: 'psy + addictions'}});
    expect(resolve({name: 'theme', label: 'Dubbele diagnose', attributes: {id: 'double-diagnostic'}})).toEqual({
      resolved: {directive: 'theme', id: 'double-diagnostic', label: 'Dubbele diagnose'},
    });
  });

  it('refuses an unknown label with the closest ids, and an ambiguous one with its candidates', () => {
    expect(resolve({name: 'theme', label: 'migratoin'})).toMatchObject({problem: {rule: 'theme-unknown', message: expect.stringContaining('"migration"')}});
    expect(resolve({name: 'theme', label: 'dubbele diagnose'})).toMatchObject({
      problem: {rule: 'theme-ambiguous', message: expect.stringContaining('"double-diagnostic", "deficience-intellectuelle"')},
    });
  });

  it('turns the three block names into sections', () => {
    for (const section of ['situation', 'questions', 'objectifs']) {
      expect(resolve({type: 'containerDirective', name: section})).toEqual({resolved: {directive: 'section', section}});
    }
  });

  it('reads ::offres with its theme, kind and limit, and checks each', () => {
    expect(resolve({type: 'leafDirective', name: 'offres', attributes: {theme: 'migration', kind: 'formation', limit: '3'}})).toEqual({
      resolved: {directive: 'offres', theme: 'migration', kind: 'formation', limit: 3},
    });
    expect(resolve({type: 'leafDirective', name: 'offres', attributes: {theme: 'migration'}})).toEqual({resolved: {directive: 'offres', theme: 'migration', limit: 5}});
    expect(resolve({type: 'leafDirective', name: 'offres', attributes: {}})).toMatchObject({problem: {rule: 'directive-attribute', message: expect.stringContaining('needs "theme"')}});
    expect(resolve({type: 'leafDirective', name: 'offres', attributes: {theme: 'migration', kind: 'cours'}})).toMatchObject({problem: {rule: 'enum'}});
    expect(resolve({type: 'leafDirective', name: 'offres', attributes: {theme: 'migration', limit: 'beaucoup'}})).toMatchObject({problem: {rule: 'directive-attribute'}});
  });

  it('embeds a vignette that exists, and names the closest one otherwise', () => {
    expect(resolve({type: 'leafDirective', name: 'vignette', attributes: {id: 'vignettes/exil'}})).toEqual({resolved: {directive: 'vignette', id: 'vignettes/exil'}});
    expect(resolve({type: 'leafDirective', name: 'vignette', attributes: {id: 'vignettes/exill'}})).toMatchObject({
      problem: {rule: 'directive-target', message: 'no vignette has the id "vignettes/exill"; the closest: "vignettes/exil"'},
    });
  });

  it('says how to write a directive of ours used with the wrong syntax, and catches near misses of its names', () => {
    expect(resolve({type: 'leafDirective', name: 'theme'})).toMatchObject({problem: {rule: 'directive-syntax', message: expect.stringContaining(':theme[double diagnostic]')}});
    expect(resolve({type: 'containerDirective', name: 'situatoin'})).toMatchObject({problem: {rule: 'directive-unknown', message: expect.stringContaining(':::situation')}});
    expect(resolve({type: 'leafDirective', name: 'offre'})).toMatchObject({problem: {rule: 'directive-unknown'}});
  });

  it('leaves other directives to their owners (admonitions, other plugins)', () => {
    for (const name of ['note', 'tip', 'warning', 'danger', 'info', 'details']) {
      expect(resolve({type: 'containerDirective', name})).toEqual({notOurs: true});
    }
  });
});
