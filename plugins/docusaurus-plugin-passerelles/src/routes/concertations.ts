/** Props of the concertations timeline, from the cards of the published concertations. */
import type {ConcertationCard, ThemeRef} from '../shared/cards';
import {compareConcertations, type ConcertationsTimelineProps} from '../shared/concertations';
import {basins} from '../shared/kinds';

export function concertationsTimeline(concertations: readonly ConcertationCard[]): ConcertationsTimelineProps {
  const themes = new Map<string, ThemeRef>();
  for (const concertation of concertations) for (const theme of concertation.themes) themes.set(theme.id, theme);
  return {
    concertations: [...concertations].sort(compareConcertations),
    basins: basins.filter((basin) => concertations.some((concertation) => concertation.basin === basin)),
    themes: [...themes.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}
