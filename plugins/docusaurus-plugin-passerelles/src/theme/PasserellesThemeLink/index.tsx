import React from 'react';
import Link from '@docusaurus/Link';

export interface Props {
  /** The hub of the theme. */
  to: string;
  theme: string;
  /** The theme's label in the page's locale, shown on hover when the text says it otherwise. */
  title: string;
  children: React.ReactNode;
}

/** `:theme[…]` in a text: a link to the theme's hub, worded as the author wrote it. */
export default function PasserellesThemeLink({to, theme, title, children}: Props): React.ReactNode {
  return (
    <Link to={to} title={title} className="passerelles-theme-link" data-theme={theme}>
      {children}
    </Link>
  );
}
