import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Authorship, ItemContext} from '../../shared/cards';
import {useNow} from '../PasserellesClock';
import PasserellesOfferFacts from '../PasserellesOfferFacts';
import PasserellesThemeChips from '../PasserellesThemeChips';
import PasserellesConcertationMeta from '../PasserellesConcertationMeta';
import PasserellesStructureFacts from '../PasserellesStructureFacts';
import {kindLabel} from '../PasserellesLabels';

export interface Props {
  context: ItemContext;
}

/** Under an item's title: its kind, its summary, its themes as links to their hubs, and its practical facts. */
export default function PasserellesItemHeader({context}: Props): React.ReactNode {
  const {item} = context;
  const now = useNow(context.buildDate);
  return (
    <div className="passerelles-item-header">
      <p className="passerelles-item-header__kind">
        <span className="badge badge--primary">{kindLabel(item.kind)}</span>
        {item.kind === 'concertation' && <PasserellesConcertationMeta concertation={item} className="passerelles-item-header__meta" />}
      </p>
      {item.summary !== undefined && item.summary !== '' && <p className="passerelles-item-header__summary">{item.summary}</p>}
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
      {'organizer' in item && <PasserellesOfferFacts offer={item} now={now} detailed calendar={context.calendar} />}
      {item.kind === 'structure' && <PasserellesStructureFacts structure={item} />}
      <PasserellesAuthorship authorship={context.authorship} />
    </div>
  );
}

/** Who wrote the page, for which organisation, and who reviewed it; a draft says so plainly. */
function PasserellesAuthorship({authorship}: {authorship: Authorship}): React.ReactNode {
  const {authors, organization, status, reviewers} = authorship;
  if (authors.length === 0 && organization === undefined && status === undefined) return null;
  const names = authors.join(', ');
  return (
    <p className="passerelles-item-header__authorship">
      {status === 'brouillon' && (
        <span className="badge badge--warning">
          <Translate id="passerelles.item.draft">Brouillon, non publié</Translate>
        </span>
      )}{' '}
      {authors.length > 0 && organization !== undefined && (
        <Translate id="passerelles.item.authorsWithOrganization" values={{authors: names, organization}}>
          {'Rédigé par {authors} ({organization})'}
        </Translate>
      )}
      {authors.length > 0 && organization === undefined && (
        <Translate id="passerelles.item.authors" values={{authors: names}}>
          {'Rédigé par {authors}'}
        </Translate>
      )}
      {authors.length === 0 && organization !== undefined && (
        <Translate id="passerelles.item.organization" values={{organization}}>
          {'Proposé par {organization}'}
        </Translate>
      )}
      {status === 'relu' && reviewers.length > 0 && (
        <>
          {' · '}
          <Translate id="passerelles.item.reviewers" values={{reviewers: reviewers.join(', ')}}>
            {'Relu par {reviewers}'}
          </Translate>
        </>
      )}
    </p>
  );
}
