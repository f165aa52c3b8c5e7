import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {OfferCard} from '../../shared/cards';
import {isUpcoming} from '../../shared/schedule';
import PasserellesOfferFacts from '../PasserellesOfferFacts';
import PasserellesThemeChips from '../PasserellesThemeChips';
import {kindLabel} from '../PasserellesLabels';

/** An offer of the catalogue: kind, title, next session, place, languages, price, themes, and how to register. */
export default function CatalogueCard({offer, now}: {offer: OfferCard; now: number}): React.ReactNode {
  const titleId = `passerelles-catalogue-title-${offer.id.replace(/[^\w-]/g, '_')}`;
  return (
    <article className={`passerelles-card passerelles-card--${offer.kind} passerelles-catalogue__card`} data-offer={offer.id} aria-labelledby={titleId}>
      <p className="passerelles-card__kind">
        <span className="badge badge--secondary">{kindLabel(offer.kind)}</span>
        {!isUpcoming(offer, now) && (
          <>
            {' '}
            <span className="badge badge--warning passerelles-catalogue__archived-badge">
              <Translate id="passerelles.catalogue.archivedBadge">Archivée</Translate>
            </span>
          </>
        )}
      </p>
      <h3 className="passerelles-card__title" id={titleId}>
        <Link to={offer.permalink}>{offer.title}</Link>
      </h3>
      <PasserellesOfferFacts offer={offer} now={now} />
      <PasserellesThemeChips themes={offer.themes} />
      <p className="passerelles-catalogue__register">
        <Link className="button button--primary button--sm" href={offer.registration} aria-describedby={titleId}>
          <Translate id="passerelles.facts.register">S'inscrire</Translate>
        </Link>
      </p>
    </article>
  );
}
