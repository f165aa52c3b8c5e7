import React from 'react';
import Translate from '@docusaurus/Translate';
import type {CardWithoutThemes, ConcertationCard} from '../../shared/cards';
import {basinLabel} from '../PasserellesLabels';

export interface Props {
  concertation: ConcertationCard | CardWithoutThemes<ConcertationCard>;
  className?: string;
}

/** Where and when a concertation met, and how many took part: "Bassin Nord · n° 1 · 2024 · 34 participant·es". */
export default function PasserellesConcertationMeta({concertation, className}: Props): React.ReactNode {
  return (
    <span className={className}>
      {basinLabel(concertation.basin)}
      {concertation.number !== undefined && <> · n° {concertation.number}</>}
      {concertation.date !== undefined && <> · {concertation.date}</>}
      {concertation.participants !== undefined && (
        <>
          {' · '}
          <Translate id="passerelles.card.participants" values={{count: concertation.participants}}>
            {'{count} participant·es'}
          </Translate>
        </>
      )}
    </span>
  );
}
