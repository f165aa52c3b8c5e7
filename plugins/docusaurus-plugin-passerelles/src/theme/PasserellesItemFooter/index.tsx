import React from 'react';
import Translate from '@docusaurus/Translate';
import type {ItemContext} from '../../shared/cards';
import {useNow} from '../PasserellesClock';
import PasserellesItemCard from '../PasserellesItemCard';
import PasserellesStructureOffers from '../PasserellesStructureOffers';

export interface Props {
  context: ItemContext;
}

/** At the end of an item's page: a structure's offers, then other items that share its themes. */
export default function PasserellesItemFooter({context}: Props): React.ReactNode {
  const now = useNow(context.buildDate);
  return (
    <>
      {context.offers !== undefined && <PasserellesStructureOffers offers={context.offers} now={now} />}
      {context.seeAlso.length > 0 && <SeeAlso context={context} now={now} />}
    </>
  );
}

function SeeAlso({context, now}: {context: ItemContext; now: number}): React.ReactNode {
  return (
    <aside className="passerelles-see-also" aria-labelledby="passerelles-see-also-title">
      <h2 id="passerelles-see-also-title" className="passerelles-see-also__title">
        <Translate id="passerelles.seeAlso.title">Voir aussi</Translate>
      </h2>
      <p className="passerelles-see-also__hint">
        <Translate id="passerelles.seeAlso.hint">Sur les mêmes thématiques :</Translate>
      </p>
      <div className="passerelles-grid">
        {context.seeAlso.map((item) => (
          <PasserellesItemCard key={item.id} item={item} now={now} />
        ))}
      </div>
    </aside>
  );
}
