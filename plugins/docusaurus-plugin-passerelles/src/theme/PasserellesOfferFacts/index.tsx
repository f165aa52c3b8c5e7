import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {CardWithoutThemes, OfferCard} from '../../shared/cards';
import {nextSession} from '../../shared/schedule';
import {useDateFormat} from '../PasserellesClock';
import {basinLabel, formatLabel, languageLabel} from '../PasserellesLabels';

export interface Props {
  offer: OfferCard | CardWithoutThemes<OfferCard>;
  now: number;
  /** The full list of sessions (offer page) or only the next one (cards). */
  detailed?: boolean;
  /** The offer's .ics file, given on its page when it has a dated session. */
  calendar?: string;
}

/** "Gratuit", "1 euro", "30 euros": the amount chooses the plural form, by the rules of the page's locale. */
export function Cost({cost}: {cost: OfferCard['cost']}): React.ReactNode {
  const {selectMessage} = usePluralForm();
  if (cost.amount === 0) return translate({id: 'passerelles.cost.free', message: 'Gratuit'});
  return selectMessage(cost.amount, translate({id: 'passerelles.cost.amount', message: '{amount} euro|{amount} euros'}, {amount: String(cost.amount)}));
}

/** When, where, in which language, for how much, and how to register. */
export default function PasserellesOfferFacts({offer, now, detailed = false, calendar}: Props): React.ReactNode {
  const format = useDateFormat();
  const next = nextSession(offer.sessions, now);
  const sessions = detailed ? [...offer.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)) : [];
  return (
    <dl className="passerelles-facts">
      <dt>
        <Translate id="passerelles.facts.when">Quand</Translate>
      </dt>
      <dd>
        {offer.recurrence !== undefined && <p className="passerelles-facts__line">{offer.recurrence}</p>}
        {next !== undefined ? (
          <p className="passerelles-facts__line">
            <Translate id="passerelles.facts.next" values={{date: format.dateTime(next.start)}}>
              {'Prochaine séance : {date}'}
            </Translate>
          </p>
        ) : (
          offer.recurrence === undefined && (
            <p className="passerelles-facts__line">
              <Translate id="passerelles.facts.noUpcoming">Aucune séance à venir</Translate>
            </p>
          )
        )}
        {sessions.length > 0 && (
          <ol className="passerelles-facts__sessions">
            {sessions.map((session) => (
              <li key={session.start} className={Date.parse(session.end) < now ? 'passerelles-facts__past' : undefined}>
                <time dateTime={session.start}>{format.dateTime(session.start)}</time>
                {' - '}
                <time dateTime={session.end}>{format.time(session.end)}</time>
                {session.location !== undefined && <> · {session.location}</>}
              </li>
            ))}
          </ol>
        )}
        {detailed && calendar !== undefined && (
          <p className="passerelles-facts__line">
            <a className="passerelles-facts__calendar" href={calendar} download type="text/calendar">
              <Translate id="passerelles.calendar.add">Ajouter à mon agenda</Translate>
            </a>
          </p>
        )}
      </dd>
      <dt>
        <Translate id="passerelles.facts.where">Où</Translate>
      </dt>
      <dd>
        {basinLabel(offer.basin)} · {formatLabel(offer.format)}
      </dd>
      <dt>
        <Translate id="passerelles.facts.languages">Langues</Translate>
      </dt>
      <dd>{offer.languages.map(languageLabel).join(', ')}</dd>
      <dt>
        <Translate id="passerelles.facts.cost">Prix</Translate>
      </dt>
      <dd>
        <Cost cost={offer.cost} />
        {offer.cost.note !== undefined && <> ({offer.cost.note})</>}
      </dd>
      {detailed && (
        <>
          <dt>
            <Translate id="passerelles.facts.organizer">Organisé par</Translate>
          </dt>
          <dd>
            {offer.structure === undefined ? (
              offer.organizer
            ) : (
              <Link to={offer.structure.permalink} className="passerelles-facts__structure">
                {offer.structure.title}
              </Link>
            )}
            {offer.structure !== undefined && offer.structure.title !== offer.organizer && <> ({offer.organizer})</>}
          </dd>
          <dt>
            <Translate id="passerelles.facts.audience">Pour</Translate>
          </dt>
          <dd>{offer.audience.join(', ')}</dd>
          <dt>
            <Translate id="passerelles.facts.registration">Inscription</Translate>
          </dt>
          <dd>
            <Link className="button button--primary button--sm" href={offer.registration}>
              <Translate id="passerelles.facts.register">S'inscrire</Translate>
            </Link>
          </dd>
        </>
      )}
    </dl>
  );
}
