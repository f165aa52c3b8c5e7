/**
 * "Now" for pages: the build date during server rendering and hydration, then
 * the reader's clock, so a site built weeks ago does not list past sessions as upcoming.
 */
import {useEffect, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {PasserellesGlobalData} from '../../shared/global-data';


export function useNow(buildDate: string): number {
  const [now, setNow] = useState(() => Date.parse(buildDate));
  useEffect(() => setNow(Date.now()), []);
  return now;
}

export function usePasserellesData(): PasserellesGlobalData {
  return usePluginData('docusaurus-plugin-passerelles') as PasserellesGlobalData;
}

/** Formats dates in the page's locale and the network's time zone. */
export function useDateFormat(): {dateTime(iso: string): string; date(iso: string): string; time(iso: string): string} {
  const {timeZone} = usePasserellesData();
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const locale = currentLocale === 'fr' ? 'fr-BE' : currentLocale === 'nl' ? 'nl-BE' : currentLocale;
  const dateFormat = new Intl.DateTimeFormat(locale, {timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric'});
  const timeFormat = new Intl.DateTimeFormat(locale, {timeZone, hour: '2-digit', minute: '2-digit'});
  return {
    date: (iso) => dateFormat.format(new Date(iso)),
    time: (iso) => timeFormat.format(new Date(iso)),
    dateTime: (iso) => `${dateFormat.format(new Date(iso))}, ${timeFormat.format(new Date(iso))}`,
  };
}
