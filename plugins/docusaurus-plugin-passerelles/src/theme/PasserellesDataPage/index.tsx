import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {usePluralForm} from '@docusaurus/theme-common';
import type {DataPageProps, DataTableName, GapMissing, GapRow} from '../../shared/data';
import {useDateFormat} from '../PasserellesClock';
import DataChart, {categoryKey, type ChartSeries} from './chart';

export interface Props {
  data: DataPageProps;
}

function tableTitle(table: DataTableName): string {
  switch (table) {
    case 'themes-by-kind':
      return translate({id: 'passerelles.data.table.themes-by-kind', message: 'Contenus par thématique et par type'});
    case 'offers-by-basin':
      return translate({id: 'passerelles.data.table.offers-by-basin', message: 'Offres par bassin'});
    case 'offers-by-month':
      return translate({id: 'passerelles.data.table.offers-by-month', message: 'Offres par mois'});
    case 'concertation-themes-by-basin':
      return translate({id: 'passerelles.data.table.concertation-themes-by-basin', message: 'Thématiques soulevées en concertation, par bassin'});
    case 'gaps':
      return translate({id: 'passerelles.data.table.gaps', message: 'Besoins sans réponse'});
  }
}

function missingLabel(missing: GapMissing): string {
  return missing === 'upcoming-offer'
    ? translate({id: 'passerelles.data.missing.upcoming-offer', message: 'aucune offre à venir'})
    : translate({id: 'passerelles.data.missing.vignette', message: 'aucune vignette'});
}

const column = {
  theme: () => translate({id: 'passerelles.data.column.theme', message: 'Thématique'}),
  total: () => translate({id: 'passerelles.data.column.total', message: 'Total'}),
  basin: () => translate({id: 'passerelles.data.column.basin', message: 'Bassin'}),
  month: () => translate({id: 'passerelles.data.column.month', message: 'Mois'}),
  offers: () => translate({id: 'passerelles.data.column.offers', message: 'Toutes les offres'}),
  upcomingOffers: () => translate({id: 'passerelles.data.column.upcomingOffers', message: 'Offres à venir'}),
  raised: () => translate({id: 'passerelles.data.column.raised', message: 'Fois soulevée'}),
  basins: () => translate({id: 'passerelles.data.column.basins', message: 'Bassins'}),
  vignettes: () => translate({id: 'passerelles.data.column.vignettes', message: 'Vignettes'}),
  missing: () => translate({id: 'passerelles.data.column.missing', message: 'Ce qui manque'}),
};

/** A table of figures: a caption, a header row, and a header cell on each row. */
function FigureTable({id, caption, headers, rows}: {id: string; caption: string; headers: string[]; rows: {key: string; head: React.ReactNode; cells: React.ReactNode[]}[]}): React.ReactNode {
  return (
    <div className="passerelles-data__table-wrapper">
      <table className="passerelles-data__table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td key={headers[index + 1] ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A view of the data: its title and description, its chart, and the table that says the same in words and numbers. */
function View({table, description, chart, children}: {table: DataTableName; description: string; chart: React.ReactNode; children: React.ReactNode}): React.ReactNode {
  return (
    <section className="passerelles-data__view" aria-labelledby={`view-${table}`} data-view={table}>
      <Heading as="h2" id={`view-${table}`}>
        {tableTitle(table)}
      </Heading>
      <p className="passerelles-data__description">{description}</p>
      <figure className="passerelles-data__figure" aria-label={tableTitle(table)}>
        {chart}
      </figure>
      <details className="passerelles-data__details">
        <summary>
          <Translate id="passerelles.data.showTable">Voir le tableau des données</Translate>
        </summary>
        {children}
      </details>
    </section>
  );
}

function GapTable({gaps}: {gaps: GapRow[]}): React.ReactNode {
  if (gaps.length === 0) {
    return (
      <p className="passerelles-data__empty">
        <Translate id="passerelles.data.gaps.none">Toutes les thématiques soulevées en concertation ont au moins une offre à venir et une vignette.</Translate>
      </p>
    );
  }
  return (
    <FigureTable
      id="table-gaps"
      caption={tableTitle('gaps')}
      headers={[column.theme(), column.raised(), column.basins(), column.upcomingOffers(), column.vignettes(), column.missing()]}
      rows={gaps.map((gap) => ({
        key: gap.theme.id,
        head: <Link to={gap.theme.permalink}>{gap.theme.label}</Link>,
        cells: [
          gap.raised,
          gap.basins.map((basin) => basin.label).join(', '),
          gap.upcomingOffers,
          gap.vignettes,
          <span className="passerelles-data__missing">{gap.missing.map(missingLabel).join(', ')}</span>,
        ],
      }))}
    />
  );
}

/** The figures of the knowledge base for advocacy: what the network raised, what it offers, and what is missing. */
export default function PasserellesDataPage({data}: Props): React.ReactNode {
  const {tables, files} = data;
  const {date} = useDateFormat();
  const {selectMessage} = usePluralForm();
  const title = translate({id: 'passerelles.data.title', message: 'Données'});
  const kindSeries: ChartSeries[] = tables.kinds.map((kind) => ({key: kind.id, label: kind.label}));
  const basinSeries: ChartSeries[] = tables.basins.map((basin) => ({key: basin.id, label: basin.label}));
  const descriptions: Record<Exclude<DataTableName, 'gaps'>, string> = {
    'concertation-themes-by-basin': translate({id: 'passerelles.data.concertation-themes-by-basin.description', message: "Pour chaque thématique, le nombre de concertations de chaque bassin qui l'ont soulevée."}),
    'themes-by-kind': translate({id: 'passerelles.data.themes-by-kind.description', message: "Pour chaque thématique, le nombre de vignettes, d'offres de chaque type et de concertations qui la portent."}),
    'offers-by-basin': translate({id: 'passerelles.data.offers-by-basin.description', message: "Le nombre d'offres de chaque bassin, et combien d'entre elles sont à venir."}),
    'offers-by-month': translate({id: 'passerelles.data.offers-by-month.description', message: "Le nombre d'offres qui ont au moins une séance commençant dans le mois ; une offre de plusieurs séances compte dans chacun de leurs mois."}),
  };
  const rowsWithTheme = tables.themesByKind.filter((row) => row.total > 0);

  return (
    <Layout
      title={title}
      description={translate({
        id: 'passerelles.data.description',
        message: 'Les chiffres de la base de connaissances pour le plaidoyer : thématiques, offres, concertations et besoins sans réponse.',
      })}>
      <main className="container margin-vert--lg passerelles-data">
        <Heading as="h1">{title}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.data.intro" values={{date: date(tables.buildDate)}}>
            {"Chiffres de la base de connaissances au {date}, date de la dernière publication du site. Une offre est « à venir » si une de ses séances n'est pas terminée à cette date, ou si c'est un groupe qui se réunit régulièrement."}
          </Translate>
        </p>

        <section className="passerelles-data__gaps" aria-labelledby="view-gaps" data-view="gaps">
          <Heading as="h2" id="view-gaps">
            {tableTitle('gaps')}
          </Heading>
          <p className="passerelles-data__description">
            <Translate id="passerelles.data.gaps.intro">
              Les thématiques soulevées dans au moins une concertation pour lesquelles la base n'a aucune offre à venir ou aucune vignette, les plus souvent soulevées d'abord. Une offre ou une vignette compte pour une thématique quand elle porte cette thématique ou une thématique plus précise qu'elle comprend.
            </Translate>
          </p>
          <GapTable gaps={tables.gaps} />
          {tables.gaps.length > 0 && (
            <figure className="passerelles-data__figure" aria-label={tableTitle('gaps')}>
              <DataChart
                title={tableTitle('gaps')}
                description={translate({id: 'passerelles.data.gaps.chart', message: 'Combien de fois chaque thématique sans réponse a été soulevée en concertation ; le tableau ci-dessus donne les mêmes chiffres.'})}
                rows={tables.gaps.map((gap) => ({[categoryKey]: gap.theme.label, raised: gap.raised}))}
                series={[{key: 'raised', label: column.raised()}]}
                horizontal
              />
            </figure>
          )}
        </section>

        <View
          table="concertation-themes-by-basin"
          description={descriptions['concertation-themes-by-basin']}
          chart={
            <DataChart
              title={tableTitle('concertation-themes-by-basin')}
              description={descriptions['concertation-themes-by-basin']}
              rows={tables.concertationThemesByBasin.map((row) => ({[categoryKey]: row.theme.label, ...row.basins}))}
              series={basinSeries}
              horizontal
              stacked
            />
          }>
          <FigureTable
            id="table-concertation-themes-by-basin"
            caption={tableTitle('concertation-themes-by-basin')}
            headers={[column.theme(), ...tables.basins.map((basin) => basin.label), column.total()]}
            rows={tables.concertationThemesByBasin.map((row) => ({
              key: row.theme.id,
              head: <Link to={row.theme.permalink}>{row.theme.label}</Link>,
              cells: [...tables.basins.map((basin) => row.basins[basin.id]), row.total],
            }))}
          />
        </View>

        <View
          table="themes-by-kind"
          description={descriptions['themes-by-kind']}
          chart={
            <DataChart
              title={tableTitle('themes-by-kind')}
              description={descriptions['themes-by-kind']}
              rows={rowsWithTheme.map((row) => ({[categoryKey]: row.theme.label, ...row.counts}))}
              series={kindSeries}
              horizontal
              stacked
            />
          }>
          <FigureTable
            id="table-themes-by-kind"
            caption={tableTitle('themes-by-kind')}
            headers={[column.theme(), ...tables.kinds.map((kind) => kind.label), column.total()]}
            rows={tables.themesByKind.map((row) => ({
              key: row.theme.id,
              head: <Link to={row.theme.permalink}>{row.theme.label}</Link>,
              cells: [...tables.kinds.map((kind) => row.counts[kind.id]), row.total],
            }))}
          />
        </View>

        <View
          table="offers-by-basin"
          description={descriptions['offers-by-basin']}
          chart={
            <DataChart
              title={tableTitle('offers-by-basin')}
              description={descriptions['offers-by-basin']}
              rows={tables.offersByBasin.map((row) => ({[categoryKey]: row.basin.label, offers: row.offers, upcoming: row.upcoming}))}
              series={[
                {key: 'offers', label: column.offers()},
                {key: 'upcoming', label: column.upcomingOffers()},
              ]}
            />
          }>
          <FigureTable
            id="table-offers-by-basin"
            caption={tableTitle('offers-by-basin')}
            headers={[column.basin(), column.offers(), column.upcomingOffers()]}
            rows={tables.offersByBasin.map((row) => ({key: row.basin.id, head: row.basin.label, cells: [row.offers, row.upcoming]}))}
          />
        </View>

        <View
          table="offers-by-month"
          description={descriptions['offers-by-month']}
          chart={
            <DataChart
              title={tableTitle('offers-by-month')}
              description={descriptions['offers-by-month']}
              rows={tables.offersByMonth.map((row) => ({[categoryKey]: row.label, offers: row.offers}))}
              series={[{key: 'offers', label: column.offers()}]}
            />
          }>
          <FigureTable
            id="table-offers-by-month"
            caption={tableTitle('offers-by-month')}
            headers={[column.month(), column.offers()]}
            rows={tables.offersByMonth.map((row) => ({key: row.month, head: <time dateTime={row.month}>{row.label}</time>, cells: [row.offers]}))}
          />
          {tables.standingOffers > 0 && (
            <p className="passerelles-data__note">
              {selectMessage(
                tables.standingOffers,
                translate(
                  {
                    id: 'passerelles.data.standing',
                    message: "1 offre se réunit régulièrement sans séance datée : elle n'est comptée dans aucun mois.|{count} offres se réunissent régulièrement sans séance datée : elles ne sont comptées dans aucun mois.",
                  },
                  {count: tables.standingOffers},
                ),
              )}
            </p>
          )}
        </View>

        <section className="passerelles-data__files" aria-labelledby="files">
          <Heading as="h2" id="files">
            <Translate id="passerelles.data.files.title">Télécharger les données</Translate>
          </Heading>
          <p>
            <Translate id="passerelles.data.files.intro">
              Les mêmes tableaux, à reprendre dans un tableur ou un rapport : un fichier JSON avec tous les tableaux, et un fichier CSV par tableau.
            </Translate>
          </p>
          <ul>
            <li>
              <a href={files.json} download>
                <Translate id="passerelles.data.files.json">Tous les tableaux (JSON)</Translate>
              </a>
            </li>
            {(Object.keys(files.csv) as DataTableName[]).map((table) => (
              <li key={table}>
                <a href={files.csv[table]} download>
                  {tableTitle(table)} (CSV)
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
