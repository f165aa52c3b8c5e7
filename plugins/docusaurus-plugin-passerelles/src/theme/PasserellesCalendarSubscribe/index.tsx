import React, {useId, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {CalendarLinks} from '../../shared/cards';

export interface Props {
  calendar: CalendarLinks;
  /** What the calendar holds: "S’abonner à l’agenda de cette thématique". */
  title: string;
  /** The id of the heading, for links to this block. */
  id?: string;
}

/** A calendar to subscribe to: a webcal:// link, the file itself, and its address to paste into an application. */
export default function PasserellesCalendarSubscribe({calendar, title, id = 'agenda'}: Props): React.ReactNode {
  const addressId = useId();
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const copy = (): void => {
    navigator.clipboard.writeText(calendar.url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="passerelles-calendar" aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      <p>
        <Translate id="passerelles.calendar.help">
          Ajoutez cette adresse à votre agenda (Outlook, Google Agenda, Calendrier d'Apple) : les séances annoncées ensuite y apparaîtront d'elles-mêmes.
        </Translate>
      </p>
      <p className="passerelles-calendar__actions">
        <a className="button button--primary button--sm" href={calendar.webcal}>
          <Translate id="passerelles.calendar.subscribe">S'abonner dans mon agenda</Translate>
        </a>
        <a className="button button--secondary button--sm" href={calendar.url} type="text/calendar">
          <Translate id="passerelles.calendar.file">Fichier .ics</Translate>
        </a>
      </p>
      <div className="passerelles-calendar__address">
        <label htmlFor={addressId}>
          <Translate id="passerelles.calendar.address">Adresse de l'agenda</Translate>
        </label>
        <input id={addressId} type="url" readOnly value={calendar.url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--outline button--secondary button--sm" onClick={copy}>
          <Translate id="passerelles.calendar.copy">Copier l'adresse</Translate>
        </button>
        <span role="status" className="passerelles-calendar__status">
          {copied === true && translate({id: 'passerelles.calendar.copied', message: 'Adresse copiée.'})}
          {copied === false &&
            translate({id: 'passerelles.calendar.copyFailed', message: "La copie a échoué : sélectionnez l'adresse et copiez-la vous-même."})}
        </span>
      </div>
    </section>
  );
}
