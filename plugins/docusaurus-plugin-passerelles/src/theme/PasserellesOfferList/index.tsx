import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {OfferListData} from '../../directives/data';
import type {OfferKind} from '../../shared/kinds';
import {nextSession, splitByDate} from '../../shared/schedule';
import {useNow} from '../PasserellesClock';
import {kindLabel} from '../PasserellesLabels';
import PasserellesItemCard from '../PasserellesItemCard';

export interface Props {
  list: OfferListData;
  kind?: OfferKind;
  limit: number;
}

/** `::offres{theme=…}`: the upcoming offers of a theme, soonest first, decided again with the reader's clock. */
export default function PasserellesOfferList({list, kind, limit}: Props): React.ReactNode {
  const now = useNow(list.buildDate);
  const offers = splitByDate(
    list.offers.filter((offer) => kind === undefined || offer.kind === kind),
    now,
  ).upcoming;
  const soonest = (offer: (typeof offers)[number]): number => Date.parse(nextSession(offer.sessions, now)?.start ?? '9999-12-31');
  const shown = [...offers].sort((a, b) => soonest(a) - soonest(b)).slice(0, limit);
  // Two lists of a theme on one page (one per kind) are two landmarks: their names tell them apart.
  const label =
    kind === undefined
      ? translate({id: 'passerelles.offerList.label', message: 'Offres à venir sur « {theme} »'}, {theme: list.theme.label})
      : translate({id: 'passerelles.offerList.labelOfKind', message: 'Offres à venir sur « {theme} » : {kind}'}, {theme: list.theme.label, kind: kindLabel(kind)});
  return (
    <aside className="passerelles-offer-list" aria-label={label} data-theme={list.theme.id} data-kind={kind}>
      {shown.length === 0 ? (
        <p>
          <Translate id="passerelles.offerList.empty" values={{theme: list.theme.label}}>
            {'Aucune offre à venir sur « {theme} » pour le moment.'}
          </Translate>
        </p>
      ) : (
        <ul className="passerelles-grid">
          {shown.map((offer) => (
            <li key={offer.id}>
              <PasserellesItemCard item={offer} now={now} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={list.theme.permalink}>
          <Translate id="passerelles.offerList.more" values={{theme: list.theme.label}}>
            {'Tout sur la thématique « {theme} »'}
          </Translate>
        </Link>
      </p>
    </aside>
  );
}
