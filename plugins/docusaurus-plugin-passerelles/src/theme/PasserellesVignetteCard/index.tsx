import React from 'react';
import type {VignetteCardData} from '../../directives/data';
import {useNow} from '../PasserellesClock';
import PasserellesItemCard from '../PasserellesItemCard';

export interface Props {
  vignette: VignetteCardData;
}

/** `::vignette{id=…}`: the card of a vignette, in the middle of another page. */
export default function PasserellesVignetteCard({vignette}: Props): React.ReactNode {
  const now = useNow(vignette.buildDate);
  return (
    <div className="passerelles-vignette-card">
      <PasserellesItemCard item={vignette.card} now={now} />
    </div>
  );
}
