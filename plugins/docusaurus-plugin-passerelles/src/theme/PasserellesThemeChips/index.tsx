import React from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {ThemeRef} from '../../shared/cards';

export interface Props {
  themes: readonly ThemeRef[];
  /** Text read by screen readers before the list. */
  label?: string;
}

/** The themes of an item, each a link to its hub. */
export default function PasserellesThemeChips({themes, label}: Props): React.ReactNode {
  if (themes.length === 0) return null;
  return (
    <ul className="passerelles-chips" aria-label={label ?? translate({id: 'passerelles.chips.label', message: 'Thématiques'})}>
      {themes.map((theme) => (
        <li key={theme.id}>
          <Link className="passerelles-chip" to={theme.permalink}>
            {theme.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
