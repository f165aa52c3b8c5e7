import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {CardWithoutThemes, ThemeHubProps, ThemeRef} from '../../shared/cards';
import {splitByDate} from '../../shared/schedule';
import {useNow} from '../PasserellesClock';
import PasserellesCalendarSubscribe from '../PasserellesCalendarSubscribe';
import PasserellesItemCard from '../PasserellesItemCard';
import PasserellesThemeChips from '../PasserellesThemeChips';
import {basinLabel} from '../PasserellesLabels';

export interface Props {
  hub: ThemeHubProps;
}

function Section({id, title, empty, children}: {id: string; title: string; empty: string; children: React.ReactNode[]}): React.ReactNode {
  return (
    <section className="passerelles-hub__section" aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title} <span className="passerelles-hub__count">({children.length})</span>
      </Heading>
      {children.length === 0 ? <p className="passerelles-hub__empty">{empty}</p> : <div className="passerelles-grid">{children}</div>}
    </section>
  );
}

function Relations({label, themes}: {label: string; themes: ThemeRef[]}): React.ReactNode {
  if (themes.length === 0) return null;
  return (
    <div className="passerelles-hub__relation">
      <span className="passerelles-hub__relation-label">{label}</span>
      <PasserellesThemeChips themes={themes} label={label} />
    </div>
  );
}

/** A theme's hub: what it covers, its vignettes, its offers (upcoming first), the concertations that raised it. */
export default function PasserellesThemeHub({hub}: Props): React.ReactNode {
  const now = useNow(hub.buildDate);
  const {upcoming, past} = splitByDate(hub.offers, now);
  const card = (item: CardWithoutThemes): React.ReactNode => <PasserellesItemCard key={item.id} item={item} now={now} showThemes={false} />;
  const {theme} = hub;
  return (
    <Layout title={theme.label} description={theme.scopeNote}>
      <main className="container margin-vert--lg passerelles-hub">
        <p className="passerelles-hub__eyebrow">
          <Link to={hub.themesIndexPermalink}>
            <Translate id="passerelles.hub.eyebrow">Thématique</Translate>
          </Link>
        </p>
        <Heading as="h1">{theme.label}</Heading>
        <p className="passerelles-lead">{theme.scopeNote}</p>
        {theme.altLabels.length > 0 && (
          <p className="passerelles-hub__alt">
            <Translate id="passerelles.hub.altLabels" values={{labels: theme.altLabels.join(', ')}}>
              {'Aussi appelé : {labels}'}
            </Translate>
          </p>
        )}
        <div className="passerelles-hub__relations">
          <Relations label={translate({id: 'passerelles.hub.broader', message: 'Fait partie de'})} themes={hub.broader} />
          <Relations label={translate({id: 'passerelles.hub.narrower', message: 'Comprend'})} themes={hub.narrower} />
        </div>

        <Section
          id="vignettes"
          title={translate({id: 'passerelles.hub.vignettes', message: 'Vignettes'})}
          empty={translate({id: 'passerelles.hub.noVignette', message: "Aucune vignette sur cette thématique pour l'instant."})}>
          {hub.vignettes.map(card)}
        </Section>
        <Section
          id="offres-a-venir"
          title={translate({id: 'passerelles.hub.upcoming', message: 'Offres à venir'})}
          empty={translate({id: 'passerelles.hub.noUpcoming', message: 'Aucune offre à venir sur cette thématique.'})}>
          {upcoming.map(card)}
        </Section>
        {past.length > 0 && (
          <details className="passerelles-hub__past">
            <summary>
              <Translate id="passerelles.hub.past" values={{count: past.length}}>
                {'Offres passées ({count})'}
              </Translate>
            </summary>
            <div className="passerelles-grid">{past.map(card)}</div>
          </details>
        )}
        <PasserellesCalendarSubscribe
          calendar={hub.calendar}
          title={translate({id: 'passerelles.calendar.theme', message: "S'abonner à l'agenda de cette thématique"})}
        />

        <Section
          id="structures"
          title={translate({id: 'passerelles.structures.hub.title', message: 'Structures'})}
          empty={translate({id: 'passerelles.structures.hub.none', message: "Aucune structure du réseau n'est liée à cette thématique pour l'instant."})}>
          {hub.structures.map(card)}
        </Section>

        <section className="passerelles-hub__section" aria-labelledby="concertations">
          <Heading as="h2" id="concertations">
            <Translate id="passerelles.hub.concertations">Soulevée en concertation</Translate>
          </Heading>
          {hub.concertations.length === 0 ? (
            <p className="passerelles-hub__empty">
              <Translate id="passerelles.hub.noConcertation">Aucune concertation n'a encore soulevé cette thématique.</Translate>
            </p>
          ) : (
            <ul className="passerelles-timeline">
              {hub.concertations.map((concertation) => (
                <li key={concertation.id}>
                  {concertation.date === undefined ? (
                    <span className="passerelles-timeline__when">-</span>
                  ) : (
                    <time className="passerelles-timeline__when" dateTime={concertation.date}>
                      {concertation.date}
                    </time>
                  )}
                  <span className="passerelles-timeline__basin">{basinLabel(concertation.basin)}</span>
                  <Link to={concertation.permalink}>{concertation.title}</Link>
                </li>
              ))}
            </ul>
          )}
          {hub.concertations.length > 0 && (
            <p className="passerelles-hub__timeline-link">
              <Link to={hub.concertationsTimelinePermalink}>
                <Translate id="passerelles.concertations.hub.timeline" values={{theme: theme.label}}>
                  {'Voir sur la ligne du temps des concertations : {theme}'}
                </Translate>
              </Link>
            </p>
          )}
        </section>

        <section className="passerelles-hub__section" aria-labelledby="liees">
          <Heading as="h2" id="liees">
            <Translate id="passerelles.hub.related">Thématiques liées</Translate>
          </Heading>
          <Relations label={translate({id: 'passerelles.hub.declared', message: 'Voisines'})} themes={hub.related} />
          <Relations
            label={translate({id: 'passerelles.hub.cooccurring', message: 'Souvent abordées ensemble'})}
            themes={hub.coOccurring}
          />
          {hub.related.length === 0 && hub.coOccurring.length === 0 && (
            <p className="passerelles-hub__empty">
              <Translate id="passerelles.hub.noRelated">Aucune thématique liée pour l'instant.</Translate>
            </p>
          )}
        </section>
      </main>
    </Layout>
  );
}
