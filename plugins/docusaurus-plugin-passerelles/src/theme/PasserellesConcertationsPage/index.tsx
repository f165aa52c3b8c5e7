import React, {useCallback, type CSSProperties} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ConcertationCard} from '../../shared/cards';
import {basinThemeQuery, parseBasinThemeQuery} from '../../shared/basin-theme-query';
import {filterConcertations, formatPartialDate, type ConcertationsTimelineProps} from '../../shared/concertations';
import type {Basin} from '../../shared/kinds';
import PasserellesThemeChips from '../PasserellesThemeChips';
import {basinLabel} from '../PasserellesLabels';
import {useQueryState} from '../PasserellesQueryState';

export interface Props {
  timeline: ConcertationsTimelineProps;
}

/** The first filter, where the focus goes when the control that changed the filters is gone. */
const basinSelectId = 'passerelles-concertations-basin';

function Entry({concertation, lane, locale}: {concertation: ConcertationCard; lane: number; locale: string}): React.ReactNode {
  return (
    <li className="passerelles-concertations__entry" data-basin={concertation.basin} style={{'--passerelles-lane': lane} as CSSProperties}>
      {concertation.date === undefined ? (
        <span className="passerelles-concertations__when">
          <Translate id="passerelles.concertations.undated">Date non précisée</Translate>
        </span>
      ) : (
        <time className="passerelles-concertations__when" dateTime={concertation.date}>
          {formatPartialDate(concertation.date, locale)}
        </time>
      )}
      <p className="passerelles-concertations__title">
        <Link to={concertation.permalink}>{concertation.title}</Link>
      </p>
      <p className="passerelles-concertations__facts">
        <span className="passerelles-concertations__basin">{basinLabel(concertation.basin)}</span>
        {concertation.number !== undefined && (
          <>
            {' · '}
            <Translate id="passerelles.concertations.number" values={{number: concertation.number}}>
              {'n° {number}'}
            </Translate>
          </>
        )}
        {concertation.participants !== undefined && (
          <>
            {' · '}
            <Translate id="passerelles.concertations.participants" values={{count: concertation.participants}}>
              {'{count} participant·es'}
            </Translate>
          </>
        )}
      </p>
      <PasserellesThemeChips
        themes={concertation.themes}
        label={translate({id: 'passerelles.concertations.themesOf', message: 'Thématiques soulevées'})}
      />
    </li>
  );
}

/**
 * Every published concertation across the basins, oldest first: an ordered
 * list, laid out in one lane per basin on wide screens. The filters live in
 * the URL query, so that a shared link opens the same view.
 */
export default function PasserellesConcertationsPage({timeline}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const read = useCallback((search: string) => parseBasinThemeQuery(search, new Set(timeline.themes.map((theme) => theme.id))), [timeline.themes]);
  const {state: filters, setState: setFilters} = useQueryState(read, basinThemeQuery, basinSelectId);
  const {selectMessage} = usePluralForm();
  const shown = filterConcertations(timeline.concertations, filters);
  const lanes: readonly Basin[] = filters.basin === undefined ? timeline.basins : [filters.basin];

  const title = translate({id: 'passerelles.concertations.title', message: 'Concertations'});

  return (
    <Layout
      title={title}
      description={translate({id: 'passerelles.concertations.description', message: "Les concertations des cinq bassins et de la Région, par date, avec les thématiques qu'elles ont soulevées."})}>
      <main className="container margin-vert--lg passerelles-concertations">
        <Heading as="h1">{title}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.concertations.lead">
            Les concertations des cinq bassins et de la Région, de la plus ancienne à la plus récente, avec les thématiques qu'elles ont soulevées.
          </Translate>
        </p>

        <form
          className="passerelles-concertations__filters"
          aria-label={translate({id: 'passerelles.concertations.filters', message: 'Filtrer les concertations'})}
          onSubmit={(event) => event.preventDefault()}>
          <div>
            <label htmlFor={basinSelectId}>
              <Translate id="passerelles.concertations.basin">Bassin</Translate>
            </label>
            <select
              id={basinSelectId}
              value={filters.basin ?? ''}
              onChange={(event) => setFilters({...filters, basin: (event.target.value || undefined) as Basin | undefined})}>
              <option value="">{translate({id: 'passerelles.concertations.allBasins', message: 'Tous les bassins'})}</option>
              {timeline.basins.map((basin) => (
                <option key={basin} value={basin}>
                  {basinLabel(basin)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="passerelles-concertations-theme">
              <Translate id="passerelles.concertations.theme">Thématique</Translate>
            </label>
            <select
              id="passerelles-concertations-theme"
              value={filters.theme ?? ''} onChange={(event) => setFilters({...filters, theme: event.target.value || undefined})}>
              <option value="">{translate({id: 'passerelles.concertations.allThemes', message: 'Toutes les thématiques'})}</option>
              {timeline.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.label}
                </option>
              ))}
            </select>
          </div>
        </form>

        <p role="status" className="passerelles-concertations__count">
          {selectMessage(
            shown.length,
            translate(
              {id: 'passerelles.concertations.count', message: '{count} concertation sur {total}|{count} concertations sur {total}'},
              {count: shown.length, total: timeline.concertations.length},
            ),
          )}
        </p>

        {shown.length === 0 ? (
          <div className="passerelles-concertations__empty">
            <p>
              <Translate id="passerelles.concertations.empty">Aucune concertation ne correspond à ces filtres.</Translate>
            </p>
            <button type="button" className="button button--primary" onClick={() => setFilters({})}>
              <Translate id="passerelles.concertations.reset">Voir toutes les concertations</Translate>
            </button>
          </div>
        ) : (
          <>
            <div className="passerelles-concertations__lanes" aria-hidden="true" style={{'--passerelles-lanes': lanes.length} as CSSProperties}>
              {lanes.map((basin) => (
                <span key={basin}>{basinLabel(basin)}</span>
              ))}
            </div>
            <ol
              className="passerelles-concertations__timeline"
              aria-label={translate({id: 'passerelles.concertations.listLabel', message: 'Concertations par date'})}
              style={{'--passerelles-lanes': lanes.length} as CSSProperties}>
              {shown.map((concertation) => (
                <Entry key={concertation.id} concertation={concertation} lane={lanes.indexOf(concertation.basin) + 1} locale={i18n.currentLocale} />
              ))}
            </ol>
          </>
        )}
      </main>
    </Layout>
  );
}
