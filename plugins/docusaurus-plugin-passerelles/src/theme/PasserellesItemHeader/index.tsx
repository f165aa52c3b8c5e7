import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {ItemContext} from '../../shared/cards';
import {useNow} from '../PasserellesClock';
import PasserellesOfferFacts from '../PasserellesOfferFacts';
import PasserellesThemeChips from '../PasserellesThemeChips';
import PasserellesConcertationMeta from '../PasserellesConcertationMeta';
import {kindLabel} from '../PasserellesLabels';

export interface Props {
  context: ItemContext;
}

/** Under an item's title: its kind, its themes as links to their hubs, and its practical facts. */
export default function PasserellesItemHeader({context}: Props): React.ReactNode {
  const {item} = context;
  const now = useNow(context.buildDate);
  return (
    <div className="passerelles-item-header">
      <p className="passerelles-item-header__kind">
        <span className="badge badge--primary">{kindLabel(item.kind)}</span>
        {item.kind === 'concertation' && <PasserellesConcertationMeta concertation={item} className="passerelles-item-header__meta" />}
      </p>
      <PasserellesThemeChips
        themes={item.themes}
        label={translate({id: 'passerelles.item.themes', message: 'Thématiques de cette page'})}
      />
      {item.kind === 'vignette' && item.publics.length > 0 && (
        <p className="passerelles-item-header__publics">
          <Translate id="passerelles.item.publics" values={{publics: item.publics.join(', ')}}>
            {'Publics : {publics}'}
          </Translate>
        </p>
      )}
      {'organizer' in item && <PasserellesOfferFacts offer={item} now={now} detailed />}
    </div>
  );
}
