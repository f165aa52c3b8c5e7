import {fixtureTaxonomy} from '../../__fixtures__/taxonomy';
import {analyseReport, toImportJson} from './analyse';
import {firstNonUtf8Line} from '../../content/text';
import {decodeReport} from './read';

const taxonomy = fixtureTaxonomy();

/** Invented reports, written the way the basins publish theirs. */
const reports = {
  nordEst: [
    '# Concertation thématique Santé mentale #4', // 1
    '',
    '17 participant·es venu·es de maisons médicales et de services sociaux du Bassin Nord-Est.', // 3
    '',
    'La rencontre du 12 mars 2025 portait sur les personnes exilées et les primo-arrivants.', // 5
    '- Les files d’attente en toxicomanie restent longues.', // 6
    '- Plusieurs services néerlandophones évoquent la verslavingszorg et les nieuwkomers.', // 7
    '',
    'Save the date', // 9
    'Prochaine rencontre le 3 juin 2025.', // 10
  ],
  sudEst: [
    'Compte rendu — bassin sud est', // 1
    '',
    'Cette troisième concertation a réuni plus de 25', // 3
    'professionnel·les du social-santé, le 09/10/2024.', // 4
    'Publics évoqués : psy + addictions, et les situations de double diagnostic.', // 5
  ],
  regionNl: [
    '## Synthese van het overleg in de vijf zorgzones', // 1
    'Overleg nr. 2 — mei 2025', // 2
    'Deelnemers: 52', // 3
    'Thema’s: verslavingszorg, Suïcidepreventie en dubbele diagnose.', // 4
  ],
  numberedAfter: [
    'Bassin Centre-Ouest : 2e rencontre du groupe santé mentale', // 1
    'Date : 2025-11-27', // 2
    'Retour sur les pistes soulevées lors de la CT#1 (cf. rencontre du 14/02/2025).', // 3
  ],
  noBasin: [
    'Concertation santé mentale n° 5', // 1
    '',
    'Une trentaine de personnes présentes ; échanges sur l’exil et la prévention du suicide.', // 3
  ],
};

const analyse = (lines: string[]) => analyseReport(lines.join('\n'), taxonomy);

describe('analyseReport', () => {
  it('reads a basin report: basin, number after #, participants, a date in words, themes in French and Dutch with their lines', () => {
    const result = toImportJson(analyse(reports.nordEst));
    expect(result).toMatchObject({basin: 'nord-est', number: 4, participants: 17, date: '2025-03-12'});
    expect(result.themes.map((theme) => theme.id)).toEqual(['migration', 'assuetudes']);
    expect(result.themes[0]?.evidence).toEqual([
      {line: 5, text: 'La rencontre du 12 mars 2025 portait sur les personnes exilées et les primo-arrivants.'},
      {line: 7, text: '- Plusieurs services néerlandophones évoquent la verslavingszorg et les nieuwkomers.'},
    ]);
    expect(result.themes[1]?.evidence.map((entry) => entry.line)).toEqual([6, 7]);
  });

  it('does not count a label inside a longer word', () => {
    // "exil" is a label of migration: "exilées" alone must not raise it.
    const result = analyseReport('Bassin Nord\nLes familles exilées et les toxicomanes.', taxonomy);
    expect(result.themes).toEqual([]);
  });

  it('reads "bassin sud est", an ordinal in words, a count split over two lines and a date in numerals', () => {
    const result = toImportJson(analyse(reports.sudEst));
    expect(result).toMatchObject({basin: 'sud-est', number: 3, participants: 25, date: '2024-10-09'});
  });

  it('gives a shared label to the theme the report names otherwise, and leaves it undecided when alone', () => {
    const withContext = analyse(reports.sudEst);
    expect(withContext.themes.map((theme) => theme.id)).toEqual(['double-diagnostic']);
    expect(withContext.ambiguous).toEqual([]);
    const alone = analyseReport('Bassin Sud\nDes situations de double diagnostic.', taxonomy);
    expect(alone.themes).toEqual([]);
    expect(alone.ambiguous).toEqual([{label: 'double diagnostic', line: 2, candidates: ['double-diagnostic', 'deficience-intellectuelle']}]);
  });

  it('reads a Dutch synthesis of the five basins: region, "nr.", "Deelnemers:", a month and a year', () => {
    const result = toImportJson(analyse(reports.regionNl));
    expect(result).toMatchObject({basin: 'region', number: 2, participants: 52, date: '2025-05'});
    expect(result.themes.map((theme) => theme.id).sort()).toEqual(['assuetudes', 'prevention-suicide']);
    // "dubbele diagnose" is shared by two themes and neither is named otherwise: a human decides.
    expect(analyse(reports.regionNl).ambiguous.map((mention) => mention.label)).toEqual(['dubbele diagnose']);
  });

  it('reads "2e rencontre" and an ISO date, and leaves out the numbers and dates of other meetings', () => {
    const result = toImportJson(analyse(reports.numberedAfter));
    expect(result).toMatchObject({basin: 'centre-ouest', number: 2, participants: null, date: '2025-11-27'});
  });

  it('ignores the dates of a "Save the date" section and says when nothing is found', () => {
    const result = toImportJson(analyse(['Bassin Nord', '', 'Save the date', 'Le jeudi 5 février 2026.']));
    expect(result).toEqual({basin: 'nord', number: null, participants: null, date: null, themes: []});
  });

  it('finds no basin in a report that names none, but the rest', () => {
    const result = toImportJson(analyse(reports.noBasin));
    expect(result).toMatchObject({basin: null, number: 5, participants: null});
    expect(result.themes.map((theme) => theme.id)).toEqual(['migration', 'prevention-suicide']);
  });

  it('takes a year alone only from the title or a heading', () => {
    expect(analyse(['# Synthèse 2025', 'Bassin Sud']).date).toEqual({value: '2025', line: 1});
    expect(analyse(['Bassin Sud', 'Une dynamique engagée en 2024.']).date).toBeUndefined();
  });
});

describe('decodeReport', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('refuses binary content, text that is not UTF-8 (with its line) and an empty file', () => {
    expect(decodeReport(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toEqual({failure: {rule: 'import-binary'}});
    const latin1 = new Uint8Array([...bytes('Bassin Nord\nR'), 0xe9, ...bytes('union\n')]);
    expect(decodeReport(latin1)).toEqual({failure: {rule: 'import-encoding', line: 2}});
    expect(decodeReport(bytes(' \n\n\t'))).toEqual({failure: {rule: 'import-empty'}});
  });

  it('reads UTF-8 with a byte order mark and Windows line ends', () => {
    expect(decodeReport(bytes('\uFEFFBassin Nord\r\nRéunion'))).toEqual({text: 'Bassin Nord\nRéunion'});
    expect(firstNonUtf8Line(bytes('é\nè\n'))).toBeUndefined();
  });
});
