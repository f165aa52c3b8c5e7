import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {KindCounts, ThemeSummary, ThemesIndexProps} from '../../shared/cards';
import {isOfferKind, itemKinds} from '../../shared/kinds';
import {usePluralForm} from '@docusaurus/theme-common';
import PasserellesCalendarSubscribe from '../PasserellesCalendarSubscribe';

export interface Props {
  index: ThemesIndexProps;
}

/** "3 vignettes · 5 offres · 1 concertation", in the page's language. */
export function useCountsLabel(): (counts: KindCounts) => string {
  const {selectMessage} = usePluralForm();
  return (counts) => {
    const vignettes = counts.vignette ?? 0;
    const offers = itemKinds.filter(isOfferKind).reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
    const concertations = counts.concertation ?? 0;
    const parts = [
      selectMessage(vignettes, translate({id: 'passerelles.counts.vignettes', message: '1 vignette|{count} vignettes'}, {count: vignettes})),
      selectMessage(offers, translate({id: 'passerelles.counts.offers', message: '1 offre|{count} offres'}, {count: offers})),
      selectMessage(
        concertations,
        translate({id: 'passerelles.counts.concertations', message: '1 concertation|{count} concertations'}, {count: concertations}),
      ),
    ];
    return parts.join(' · ');
  };
}

function ThemeEntry({theme, countsLabel}: {theme: ThemeSummary; countsLabel: (counts: KindCounts) => string}): React.ReactNode {
  return (
    <>
      <Link to={theme.permalink} className="passerelles-theme-entry__link">
        {theme.label}
      </Link>
      <span className="passerelles-theme-entry__counts">{countsLabel(theme.counts)}</span>
    </>
  );
}

/** All themes, grouped under their broader theme, with how much each one holds. */
export default function PasserellesThemesPage({index}: Props): React.ReactNode {
  const countsLabel = useCountsLabel();
  const title = translate({id: 'passerelles.themes.title', message: 'Thématiques'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'passerelles.themes.description',
        message: 'Les thématiques de la santé mentale à Bruxelles, avec leurs vignettes, leurs offres et les concertations qui les ont soulevées.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.themes.intro">
            Chaque thématique rassemble les vignettes, les offres de formation, d'intervision et de supervision, et les concertations qui l'ont soulevée.
          </Translate>
        </p>
        <div className="passerelles-theme-groups">
          {index.groups.map(({theme, children}) => (
            <section key={theme.id} className="passerelles-theme-group" aria-labelledby={`theme-${theme.id}`}>
              <Heading as="h2" id={`theme-${theme.id}`} className="passerelles-theme-group__title">
                <ThemeEntry theme={theme} countsLabel={countsLabel} />
              </Heading>
              <p className="passerelles-theme-group__note">{theme.scopeNote}</p>
              {children.length > 0 && (
                <ul className="passerelles-theme-group__children">
                  {children.map((child) => (
                    <li key={child.id}>
                      <ThemeEntry theme={child} countsLabel={countsLabel} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <PasserellesCalendarSubscribe
          calendar={index.calendar}
          title={translate({id: 'passerelles.calendar.all', message: "S'abonner à l'agenda de toutes les offres"})}
        />
      </main>
    </Layout>
  );
}
