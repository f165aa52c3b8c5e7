import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {splitSource} from '../../model/source';
import {renderItemFile} from './render';

describe('renderItemFile', () => {
  const frontMatter = {
    kind: 'concertation',
    title: "Bassin Nord : l'accueil",
    date: '2025-05-15',
    number: 3,
    themes: ['double-diagnostic', 'logement'],
    audience: ['assistant·es sociaux', 'médecins, infirmier·ères'],
    cost: {amount: 120, note: '60 € réduit'},
    sessions: [{start: '2027-01-14 12:30', end: '2027-01-14 14:00', location: 'Salle du Tilleul'}],
    reviewers: ['yes'],
  };

  it('writes a front matter that our reader and Docusaurus\' read back as written', async () => {
    const text = renderItemFile({frontMatter, body: 'Texte.'});
    const {frontMatter: parsed, body} = splitSource(text);
    expect(parsed?.value).toEqual(frontMatter);
    // Docusaurus reads YAML 1.1, where an unquoted 2025-05-15 is a date and yes a boolean.
    const docusaurus = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'docs/x.md', fileContent: text});
    expect(docusaurus.frontMatter).toEqual(frontMatter);
    expect(body).toBe('\nTexte.\n');
  });

  it('writes lists of plain values inline and never folds a long line', () => {
    const summary = `Un résumé ${'très '.repeat(40)}long.`;
    const text = renderItemFile({frontMatter: {kind: 'vignette', themes: ['migration'], summary}, body: ''});
    expect(text).toBe(`---\nkind: vignette\nthemes: [migration]\nsummary: ${summary}\n---\n`);
  });

  it('puts a comment on the first line and ends the body with one newline', () => {
    const text = renderItemFile({frontMatter: {kind: 'vignette'}, body: '\r\n## Situation\r\n\r\nTexte.\r\n\r\n\r\n', comment: 'À compléter.'});
    expect(text).toBe('---\n# À compléter.\n\nkind: vignette\n---\n\n## Situation\n\nTexte.\n');
  });
});
