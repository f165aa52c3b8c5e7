/** The plugin's own translations, served through getDefaultCodeTranslationMessages(). French is the source language. */
import {en} from './en';
import {nl} from './nl';

export function defaultCodeTranslations(locale: string): Record<string, string> {
  const language = locale.split('-')[0];
  if (language === 'nl') return nl;
  if (language === 'en') return en;
  return {};
}
