/**
 * The words written into the .ics files, per language. The files are read by
 * calendar applications, not by Docusaurus, so translate() cannot reach them.
 * Kind and language names come from i18n/vocabulary, as the components'.
 */
import {isTaxonomyLanguage, type TaxonomyLanguage} from '../shared/locales';

export interface CalendarTexts {
  /** X-WR-CALNAME of the file with every offer. */
  allOffers(site: string): string;
  theme(site: string, theme: string): string;
  offer(site: string, title: string): string;
  /** Between a label and its value: French puts a space before the colon. */
  colon: string;
  price: string;
  free: string;
  amount(amount: number): string;
  languages: string;
  registration: string;
  moreInformation: string;
  /** LOCATION of a session of an online offer that names no place. */
  online: string;
}

const catalogue: Record<TaxonomyLanguage, CalendarTexts> = {
  fr: {
    allOffers: (site) => `${site} — toutes les offres`,
    theme: (site, theme) => `${site} — ${theme}`,
    offer: (site, title) => `${site} — ${title}`,
    colon: ' : ',
    price: 'Prix',
    free: 'Gratuit',
    amount: (amount) => `${amount} €`,
    languages: 'Langues',
    registration: 'Inscription',
    moreInformation: 'Plus d’informations',
    online: 'en ligne',
  },
  nl: {
    allOffers: (site) => `${site} — volledig aanbod`,
    theme: (site, theme) => `${site} — ${theme}`,
    offer: (site, title) => `${site} — ${title}`,
    colon: ': ',
    price: 'Prijs',
    free: 'Gratis',
    amount: (amount) => `€ ${amount}`,
    languages: 'Talen',
    registration: 'Inschrijving',
    moreInformation: 'Meer informatie',
    online: 'online',
  },
  en: {
    allOffers: (site) => `${site} — all offers`,
    theme: (site, theme) => `${site} — ${theme}`,
    offer: (site, title) => `${site} — ${title}`,
    colon: ': ',
    price: 'Price',
    free: 'Free',
    amount: (amount) => `€${amount}`,
    languages: 'Languages',
    registration: 'Registration',
    moreInformation: 'More information',
    online: 'online',
  },
};

/** The texts of a locale ("nl-BE" → Dutch), French for a language the plugin does not ship. */
export function calendarTexts(locale: string): CalendarTexts {
  const language = locale.split('-')[0] ?? 'fr';
  return isTaxonomyLanguage(language) ? catalogue[language] : catalogue.fr;
}
