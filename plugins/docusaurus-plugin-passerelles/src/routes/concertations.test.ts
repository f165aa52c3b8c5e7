import type {ConcertationCard} from '../shared/cards';
import {filterConcertations, formatPartialDate} from '../shared/concertations';
import type {Basin} from '../shared/kinds';
import {concertationsTimeline} from './concertations';

function concertation(id: string, basin: Basin, date: string | undefined, themes: string[], number?: number): ConcertationCard {
  return {
    id,
    kind: 'concertation',
    title: id,
    permalink: `/docs/concertations/${id}`,
    basin,
    ...(date === undefined ? {} : {date}),
    ...(number === undefined ? {} : {number}),
    themes: themes.map((theme) => ({id: theme, label: theme.toUpperCase(), permalink: `/thematiques/${theme}`})),
  };
}

const cards = [
  concertation('region-2025', 'region', '2025', ['logement']),
  concertation('sans-date', 'nord', undefined, ['jeunes']),
  concertation('sud-mai', 'sud', '2025-05', ['logement', 'jeunes'], 2),
  concertation('nord-2024', 'nord', '2024', ['jeunes'], 1),
  concertation('nord-mai-15', 'nord', '2025-05-15', ['logement'], 2),
  concertation('sud-janvier', 'sud', '2025-01-20', ['orientation'], 1),
  concertation('centre-mai', 'centre-ouest', '2025-05', ['orientation'], 1),
];

describe('concertationsTimeline', () => {
  it('places every concertation by date, a partial date at the end of its period, the undated last', () => {
    expect(concertationsTimeline(cards).concertations.map((card) => card.id)).toEqual([
      'nord-2024',
      'sud-janvier',
      'nord-mai-15',
      // Two in "May 2025": after the 15th, in the order of the basins.
      'sud-mai',
      'centre-mai',
      'region-2025',
      'sans-date',
    ]);
  });

  it('offers the basins that met, in their usual order, and the themes raised, by label', () => {
    const timeline = concertationsTimeline(cards);
    expect(timeline.basins).toEqual(['nord', 'sud', 'centre-ouest', 'region']);
    expect(timeline.themes.map((theme) => theme.id)).toEqual(['jeunes', 'logement', 'orientation']);
  });
});

describe('timeline filters', () => {
  it('keeps the concertations of the basin and the theme asked, in their order', () => {
    const {concertations} = concertationsTimeline(cards);
    expect(filterConcertations(concertations, {basin: 'sud'}).map((card) => card.id)).toEqual(['sud-janvier', 'sud-mai']);
    expect(filterConcertations(concertations, {basin: 'nord', theme: 'logement'}).map((card) => card.id)).toEqual(['nord-mai-15']);
    expect(filterConcertations(concertations, {basin: 'region', theme: 'orientation'})).toEqual([]);
  });

  it('writes a partial date as words in the reader’s language', () => {
    expect(formatPartialDate('2025-05-15', 'fr')).toBe('15 mai 2025');
    expect(formatPartialDate('2025-05', 'nl')).toBe('mei 2025');
    expect(formatPartialDate('2025', 'en')).toBe('2025');
  });
});
