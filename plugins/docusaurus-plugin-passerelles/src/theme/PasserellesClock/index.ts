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

/**
 * The formatters of a locale and zone, made once: making an Intl.DateTimeFormat is slow, and every
 * offer card formats its next session (a catalogue renders hundreds, the build thousands).
 */
const formats = new Map<string, {dateFormat: Intl.DateTimeFormat; timeFormat: Intl.DateTimeFormat}>();

function formatsOf(locale: string, timeZone: string): {dateFormat: Intl.DateTimeFormat; timeFormat: Intl.DateTimeFormat} {
  const key = `${locale} ${timeZone}`;
  let made = formats.get(key);
  if (made === undefined) {
    made = {
      dateFormat: new Intl.DateTimeFormat(locale, {timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric'}),
      timeFormat: new Intl.DateTimeFormat(locale, {timeZone, hour: '2-digit', minute: '2-digit'}),
    };
    formats.set(key, made);
  }
  return made;
}

/** Formats dates in the page's locale and the network's time zone. */
export function useDateFormat(): {dateTime(iso: string): string; date(iso: string): string; time(iso: string): string} {
  const {timeZone} = usePasserellesData();
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const locale = currentLocale === 'fr' ? 'fr-BE' : currentLocale === 'nl' ? 'nl-BE' : currentLocale;
  const {dateFormat, timeFormat} = formatsOf(locale, timeZone);
  return {
    date: (iso) => dateFormat.format(new Date(iso)),
    time: (iso) => timeFormat.format(new Date(iso)),
    dateTime: (iso) => `${dateFormat.format(new Date(iso))}, ${timeFormat.format(new Date(iso))}`,
  };
}
