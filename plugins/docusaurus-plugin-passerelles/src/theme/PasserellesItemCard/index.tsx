import React from 'react';
import Link from '@docusaurus/Link';
import type {CardWithoutThemes, ItemCard} from '../../shared/cards';
import PasserellesOfferFacts from '../PasserellesOfferFacts';
import PasserellesThemeChips from '../PasserellesThemeChips';
import PasserellesConcertationMeta from '../PasserellesConcertationMeta';
import {basinLabel, kindLabel} from '../PasserellesLabels';
import {structureTypeLabel} from '../PasserellesStructureLabels';

export interface Props {
  item: ItemCard | CardWithoutThemes;
  now: number;
  /** Heading level of the title inside the page's outline. */
  headingLevel?: 'h3' | 'h4';
  /** Hide the theme chips, e.g. on the hub of a theme every card carries. */
  showThemes?: boolean;
}

/** One item in a list: its kind, its title as a link, its summary and what matters for its kind. */
export default function PasserellesItemCard({item, now, headingLevel = 'h3', showThemes = true}: Props): React.ReactNode {
  const Heading = headingLevel;
  return (
    <article className={`passerelles-card passerelles-card--${item.kind}`}>
      <p className="passerelles-card__kind">
        <span className="badge badge--secondary">{kindLabel(item.kind)}</span>
      </p>
      <Heading className="passerelles-card__title">
        <Link to={item.permalink}>{item.title}</Link>
      </Heading>
      {item.summary !== undefined && <p className="passerelles-card__summary">{item.summary}</p>}
      {'organizer' in item && <PasserellesOfferFacts offer={item} now={now} />}
      {item.kind === 'concertation' && (
        <p className="passerelles-card__meta">
          <PasserellesConcertationMeta concertation={item} />
        </p>
      )}
      {item.kind === 'structure' && (
        <p className="passerelles-card__meta">
          {structureTypeLabel(item.type)} · {item.basins.map(basinLabel).join(', ')}
        </p>
      )}
      {showThemes && 'themes' in item && <PasserellesThemeChips themes={item.themes} />}
    </article>
  );
}
