import React, {useId} from 'react';
import Translate from '@docusaurus/Translate';

export interface Props {
  section: 'situation' | 'questions' | 'objectifs';
  children: React.ReactNode;
}

function Title({section}: {section: Props['section']}): React.ReactNode {
  switch (section) {
    case 'situation':
      return <Translate id="passerelles.section.situation">Situation</Translate>;
    case 'questions':
      return <Translate id="passerelles.section.questions">Questions pour l'intervision</Translate>;
    case 'objectifs':
      return <Translate id="passerelles.section.objectifs">Objectifs d'apprentissage</Translate>;
  }
}

/** `:::situation`, `:::questions`, `:::objectifs`: a titled section of its own, styled apart and kept in print. */
export default function PasserellesSection({section, children}: Props): React.ReactNode {
  const titleId = useId();
  return (
    <section className={`passerelles-section passerelles-section--${section}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="passerelles-section__title">
        <Title section={section} />
      </h2>
      {children}
    </section>
  );
}
