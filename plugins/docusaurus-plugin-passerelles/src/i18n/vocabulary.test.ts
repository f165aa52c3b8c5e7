import {readFileSync} from 'node:fs';
import path from 'node:path';
import {frenchVocabularyLabels, vocabularyLabels} from './vocabulary';

describe('vocabularyLabels', () => {
  it('has the French texts PasserellesLabels gives the same ids', () => {
    const source = readFileSync(path.join(__dirname, '..', 'theme', 'PasserellesLabels', 'index.ts'), 'utf8');
    const inComponents = Object.fromEntries(
      [...source.matchAll(/id: '(passerelles\.(?:kind|basin|language)\.[\w-]+)', message: '([^']+)'/g)].map((match) => [match[1], match[2]]),
    );
    expect(frenchVocabularyLabels).toEqual(inComponents);
  });

  it('speaks the locale being built', () => {
    expect(vocabularyLabels('fr').basinLabel('nord')).toBe('Bassin Nord');
    expect(vocabularyLabels('nl').basinLabel('nord')).toBe('Zorgbekken Noord');
    expect(vocabularyLabels('en').kindLabel('groupe-de-travail')).not.toBe('Groupe de travail');
    expect(vocabularyLabels('nl').languageLabel('fr')).toBe('Frans');
  });
});
