/**
 * The tables as CSV files: a header row of stable column names, then one row
 * per line of the table, with ids (for machines) and labels (for readers).
 */
import {stringify} from 'csv-stringify/sync';
import type {DataTableName, DataTables} from '../shared/data';

type Cell = string | number;

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)` in a theme's label)
 * is kept as text by a leading apostrophe, as OWASP advises for CSV files.
 */
function asData(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 quoting, with LF line ends (csv-stringify quotes a value holding a
 * CR or an LF only when they are not the record delimiter's), and a BOM so
 * that spreadsheet software reads the accents as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(asData))], {bom: true});
}

export function dataCsvFiles(tables: DataTables): Record<DataTableName, string> {
  const kindIds = tables.kinds.map((kind) => kind.id);
  const basinIds = tables.basins.map((basin) => basin.id);
  return {
    'themes-by-kind': toCsv(
      ['theme_id', 'theme_label', ...kindIds, 'total'],
      tables.themesByKind.map((row) => [row.theme.id, row.theme.label, ...kindIds.map((kind) => row.counts[kind]), row.total]),
    ),
    'offers-by-basin': toCsv(
      ['basin_id', 'basin_label', 'offers', 'upcoming_offers'],
      tables.offersByBasin.map((row) => [row.basin.id, row.basin.label, row.offers, row.upcoming]),
    ),
    'offers-by-month': toCsv(
      ['month', 'month_label', 'offers'],
      tables.offersByMonth.map((row) => [row.month, row.label, row.offers]),
    ),
    'concertation-themes-by-basin': toCsv(
      ['theme_id', 'theme_label', ...basinIds, 'total'],
      tables.concertationThemesByBasin.map((row) => [row.theme.id, row.theme.label, ...basinIds.map((basin) => row.basins[basin]), row.total]),
    ),
    gaps: toCsv(
      ['theme_id', 'theme_label', 'times_raised', 'basin_ids', 'basin_labels', 'upcoming_offers', 'vignettes', 'missing'],
      tables.gaps.map((row) => [
        row.theme.id,
        row.theme.label,
        row.raised,
        row.basins.map((basin) => basin.id).join(';'),
        row.basins.map((basin) => basin.label).join('; '),
        row.upcomingOffers,
        row.vignettes,
        row.missing.join(';'),
      ]),
    ),
  };
}
