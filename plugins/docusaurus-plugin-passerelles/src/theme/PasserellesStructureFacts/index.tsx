import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {StructureCard} from '../../shared/cards';
import type {StructureAccess} from '../../shared/structures/types';
import {Cost} from '../PasserellesOfferFacts';
import {basinLabel, languageLabel} from '../PasserellesLabels';
import {channelLabel, referralLabel, structureTypeLabel} from '../PasserellesStructureLabels';

export interface Props {
  structure: StructureCard;
}

function Waiting({waiting}: {waiting: NonNullable<StructureAccess['waiting']>}): React.ReactNode {
  const {selectMessage} = usePluralForm();
  if (typeof waiting === 'string') return waiting;
  if (waiting === 0) return translate({id: 'passerelles.structures.facts.noWaiting', message: "pas d'attente"});
  return selectMessage(waiting, translate({id: 'passerelles.structures.facts.weeks', message: 'environ 1 semaine|environ {weeks} semaines'}, {weeks: String(waiting)}));
}

/** What a structure is, where, for whom, how to be referred to it, and how to reach it. */
export default function PasserellesStructureFacts({structure}: Props): React.ReactNode {
  const {access, contact} = structure;
  const hasContact = Object.values(contact).some((value) => value !== undefined);
  return (
    <dl className="passerelles-facts passerelles-structure-facts">
      <dt>
        <Translate id="passerelles.structures.facts.type">Type</Translate>
      </dt>
      <dd>{structureTypeLabel(structure.type)}</dd>
      <dt>
        <Translate id="passerelles.structures.facts.basins">Bassins</Translate>
      </dt>
      <dd>{structure.basins.map(basinLabel).join(', ')}</dd>
      <dt>
        <Translate id="passerelles.structures.facts.publics">Pour qui</Translate>
      </dt>
      <dd>{structure.publics.join(', ')}</dd>
      <dt>
        <Translate id="passerelles.structures.facts.access">Accès</Translate>
      </dt>
      <dd>
        <p className="passerelles-facts__line">{access.criteria}</p>
        <ul className="passerelles-structure-facts__access">
          <li>
            <Translate id="passerelles.structures.facts.referral" values={{sources: access.referral.map(referralLabel).join(', ')}}>
              {'Demande faite par : {sources}'}
            </Translate>
          </li>
          <li>
            <Translate id="passerelles.structures.facts.channels" values={{channels: access.channels.map(channelLabel).join(', ')}}>
              {'Premier contact : {channels}'}
            </Translate>
          </li>
          {access.waiting !== undefined && (
            <li>
              <Translate id="passerelles.structures.facts.waiting" values={{waiting: <Waiting waiting={access.waiting} />}}>
                {"Délai d'attente : {waiting}"}
              </Translate>
            </li>
          )}
        </ul>
      </dd>
      <dt>
        <Translate id="passerelles.structures.facts.languages">Langues</Translate>
      </dt>
      <dd>{structure.languages.map(languageLabel).join(', ')}</dd>
      <dt>
        <Translate id="passerelles.structures.facts.cost">Prix</Translate>
      </dt>
      <dd>
        <Cost cost={structure.cost} />
        {structure.cost.note !== undefined && <> ({structure.cost.note})</>}
      </dd>
      {hasContact && (
        <>
          <dt>
            <Translate id="passerelles.structures.facts.contact">Contact</Translate>
          </dt>
          <dd>
            <ul className="passerelles-structure-facts__contact">
              {contact.website !== undefined && (
                <li>
                  <Link href={contact.website}>
                    <Translate id="passerelles.structures.facts.website">Site web</Translate>
                  </Link>
                </li>
              )}
              {contact.email !== undefined && (
                <li>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              )}
              {contact.phone !== undefined && (
                <li>
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                </li>
              )}
              {contact.address !== undefined && <li>{contact.address}</li>}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
