import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {catalogueView, freeIntervisionsState, serializeCatalogueQuery, type CatalogueDomain, type CatalogueIndex} from '../../shared/catalogue';
import {basins, offerLanguages, type Basin, type OfferLanguage} from '../../shared/kinds';
import {basinLabel, languageLabel} from '../PasserellesLabels';

export interface ShortcutsProps {
  index: CatalogueIndex;
  domain: CatalogueDomain;
  pathname: string;
  now: number;
}

/**
 * The upcoming free intervisions by basin and language, each cell a link to
 * that view: with the navbar link, two clicks from any page of the site.
 */
export default function CatalogueShortcuts({index, domain, pathname, now}: ShortcutsProps): React.ReactNode {
  const {selectMessage} = usePluralForm();
  const cell = (basin: Basin, language: OfferLanguage): React.ReactNode => {
    const state = freeIntervisionsState(basin, language);
    const count = catalogueView(index, state, now).offers.length;
    if (count === 0) return <span className="passerelles-catalogue__shortcut-empty">0</span>;
    const label = selectMessage(
      count,
      translate(
        {id: 'passerelles.catalogue.shortcuts.cell', message: '{count} intervision gratuite, {basin}, en {language}|{count} intervisions gratuites, {basin}, en {language}'},
        {count, basin: basinLabel(basin), language: languageLabel(language)},
      ),
    );
    return (
      <Link to={`${pathname}${serializeCatalogueQuery(state, domain)}`} aria-label={label} className="passerelles-catalogue__shortcut">
        {count}
      </Link>
    );
  };
  return (
    <section className="passerelles-catalogue__shortcuts" aria-labelledby="passerelles-catalogue-shortcuts">
      <h2 id="passerelles-catalogue-shortcuts">
        <Translate id="passerelles.catalogue.shortcuts.title">Intervisions gratuites à venir, par bassin et par langue</Translate>
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="passerelles.catalogue.shortcuts.basin">Bassin</Translate>
            </th>
            {offerLanguages.map((language) => (
              <th key={language} scope="col">
                {languageLabel(language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {basins.map((basin) => (
            <tr key={basin}>
              <th scope="row">{basinLabel(basin)}</th>
              {offerLanguages.map((language) => (
                <td key={language} data-basin={basin} data-lang={language}>
                  {cell(basin, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
