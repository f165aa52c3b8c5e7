import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

interface Entry {
  to: string;
  title: string;
  text: string;
}

export default function Home(): React.ReactNode {
  const entries: Entry[] = [
    {
      to: '/thematiques/',
      title: translate({id: 'home.entry.themes.title', message: 'Par thématique'}),
      text: translate({
        id: 'home.entry.themes.text',
        message: 'Double diagnostic, migration, prévention du suicide, posture professionnelle... Chaque thématique réunit vignettes, offres et concertations.',
      }),
    },
    {
      to: '/docs/vignettes/',
      title: translate({id: 'home.entry.vignettes.title', message: 'Vignettes'}),
      text: translate({
        id: 'home.entry.vignettes.text',
        message: 'Des situations fictives à lire avant une intervision, pour que généralistes et spécialistes parlent la même langue.',
      }),
    },
    {
      to: '/docs/offres/',
      title: translate({id: 'home.entry.offers.title', message: 'Offres'}),
      text: translate({
        id: 'home.entry.offers.text',
        message: 'Formations, intervisions, supervisions, immersions et groupes de travail des cinq bassins, avec leurs dates et leurs conditions.',
      }),
    },
    {
      to: '/docs/concertations/',
      title: translate({id: 'home.entry.concertations.title', message: 'Concertations'}),
      text: translate({
        id: 'home.entry.concertations.text',
        message: "Ce que les concertations thématiques des bassins ont observé, et les pistes qu'elles ont proposées.",
      }),
    },
  ];
  return (
    <Layout
      description={translate({
        id: 'home.description',
        message: 'La base de connaissances des professionnel·les du réseau bruxellois de santé mentale.',
      })}>
      <header className="hero hero--passerelles">
        <div className="container">
          <Heading as="h1" className="hero__title">
            Passerelles
          </Heading>
          <p className="hero__subtitle">
            <Translate id="home.tagline">
              Vignettes, formations, intervisions et supervisions du réseau bruxellois de santé mentale, reliées par thématique.
            </Translate>
          </p>
          <Link className="button button--secondary button--lg" to="/thematiques/">
            <Translate id="home.cta">Explorer les thématiques</Translate>
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {entries.map((entry) => (
            <section key={entry.to} className="col col--3 margin-bottom--lg">
              <Heading as="h2">
                <Link to={entry.to}>{entry.title}</Link>
              </Heading>
              <p>{entry.text}</p>
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
