import React from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {OfferCard} from '../../shared/cards';
import {splitByDate} from '../../shared/schedule';
import PasserellesItemCard from '../PasserellesItemCard';

export interface Props {
  offers: readonly OfferCard[];
  /** The reader's clock (useNow): the build's split is redone in the browser. */
  now: number;
}

/** On a structure's page: the offers it organises, upcoming soonest first, then past. */
export default function PasserellesStructureOffers({offers, now}: Props): React.ReactNode {
  const {upcoming, past} = splitByDate(offers, now);
  const card = (offer: OfferCard): React.ReactNode => <PasserellesItemCard key={offer.id} item={offer} now={now} headingLevel="h4" />;
  return (
    <section className="passerelles-structure-offers" aria-labelledby="passerelles-structure-offers-title">
      <Heading as="h2" id="passerelles-structure-offers-title">
        <Translate id="passerelles.structures.offers.title">Offres de cette structure</Translate>
      </Heading>
      {offers.length === 0 ? (
        <p className="passerelles-hub__empty">
          <Translate id="passerelles.structures.offers.none">Cette structure ne propose pas d'offre sur le site pour l'instant.</Translate>
        </p>
      ) : (
        <>
          <Heading as="h3" id="passerelles-structure-offers-upcoming">
            <Translate id="passerelles.structures.offers.upcoming" values={{count: upcoming.length}}>
              {'À venir ({count})'}
            </Translate>
          </Heading>
          {upcoming.length === 0 ? (
            <p className="passerelles-hub__empty">
              <Translate id="passerelles.structures.offers.noUpcoming">Aucune offre à venir.</Translate>
            </p>
          ) : (
            <div className="passerelles-grid">{upcoming.map(card)}</div>
          )}
          {past.length > 0 && (
            <>
              <Heading as="h3" id="passerelles-structure-offers-past">
                <Translate id="passerelles.structures.offers.past" values={{count: past.length}}>
                  {'Passées ({count})'}
                </Translate>
              </Heading>
              <div className="passerelles-grid">{past.map(card)}</div>
            </>
          )}
        </>
      )}
    </section>
  );
}
