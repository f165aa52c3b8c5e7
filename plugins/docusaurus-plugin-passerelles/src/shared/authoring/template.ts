/**
 * A new item's file: the front matter its kind requires, filled with values
 * that pass validation and say plainly what to replace, and the body sections
 * of its kind. Used by `passerelles:new`; browser-safe, for the contribution form.
 */
import {isOfferKind, type ItemKind} from '../kinds';
import {normalizeLabel} from '../normalize';
import {renderItemFile} from './render';
import {requiredSections} from './sections';

export type TemplateLocale = 'fr' | 'nl' | 'en';

/** The folder of each kind under the docs folder, as the demo site arranges them. */
export function folderOf(kind: ItemKind): string {
  if (kind === 'vignette') return 'vignettes';
  if (kind === 'concertation') return 'concertations';
  if (kind === 'structure') return 'structures';
  return 'offres';
}

/** A file name from a title: folded, words joined by hyphens, at most 80 characters. */
export function fileNameOf(title: string): string {
  const slug = normalizeLabel(title).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
  return `${slug === '' ? 'sans-titre' : slug}.md`;
}

const placeholders: Record<TemplateLocale, {summary: string; organizer: string; audience: string; location: string; criteria: string; paragraph: string; themeNote: string}> = {
  fr: {
    summary: 'À compléter : en une ou deux phrases, de quoi il s’agit.',
    organizer: 'À compléter : la structure qui organise',
    audience: 'à préciser',
    location: 'À compléter : le lieu',
    criteria: 'À compléter : qui peut s’adresser à la structure, et à quelles conditions',
    paragraph: 'À compléter.',
    themeNote: 'Thématiques : remplacez par celles de la page (identifiants ou libellés de themes.yml).',
  },
  nl: {
    summary: 'In te vullen: waarover het gaat, in een of twee zinnen.',
    organizer: 'In te vullen: de organiserende dienst',
    audience: 'te preciseren',
    location: 'In te vullen: de plaats',
    criteria: 'In te vullen: wie bij de voorziening terecht kan, en onder welke voorwaarden',
    paragraph: 'In te vullen.',
    themeNote: "Thema's: vervang door die van de pagina (id's of labels uit themes.yml).",
  },
  en: {
    summary: 'To fill in: what it is about, in one or two sentences.',
    organizer: 'To fill in: the organising service',
    audience: 'to be specified',
    location: 'To fill in: the place',
    criteria: 'To fill in: who can turn to the service, and on what conditions',
    paragraph: 'To fill in.',
    themeNote: 'Themes: replace with those of the page (ids or labels from themes.yml).',
  },
};

export interface TemplateInput {
  kind: ItemKind;
  title: string;
  /** Theme ids or labels; at least one. */
  themes: readonly string[];
  locale: TemplateLocale;
  /** Today, to date a first session or a concertation; injected so that templates are reproducible. */
  today: Date;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The complete file: front matter between `---` lines, then the body. A new item starts as a draft. */
export function renderTemplate({kind, title, themes, locale, today}: TemplateInput): string {
  const text = placeholders[locale];
  const fields: Record<string, unknown> = {kind, title, summary: text.summary, themes: [...themes], status: 'brouillon'};
  if (isOfferKind(kind)) {
    // A first session four weeks ahead, on a whole day, for the author to correct.
    const session = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 28));
    const day = `${session.getUTCFullYear()}-${pad(session.getUTCMonth() + 1)}-${pad(session.getUTCDate())}`;
    Object.assign(fields, {
      organizer: text.organizer,
      audience: [text.audience],
      languages: [locale],
      basin: 'region',
      format: 'presentiel',
      cost: 'gratuit',
      registration: 'mailto:inscriptions@example.org',
      sessions: [{start: `${day} 09:00`, end: `${day} 12:00`, location: text.location}],
    });
  }
  if (kind === 'concertation') Object.assign(fields, {basin: 'region', date: String(today.getUTCFullYear())});
  if (kind === 'vignette') fields.publics = [text.audience];
  if (kind === 'structure') {
    Object.assign(fields, {
      type: 'association',
      basins: ['region'],
      publics: [text.audience],
      access: {criteria: text.criteria, referral: ['personne'], channels: ['telephone']},
      languages: [locale],
      cost: 'gratuit',
      contact: {website: 'https://example.org'},
    });
  }
  return renderItemFile({frontMatter: fields, body: bodyTemplate(kind, locale), comment: text.themeNote});
}

/**
 * The body a new item starts with: the headings its kind requires, each over
 * `paragraph` (none when empty, as the contribution form starts), or that paragraph alone.
 */
export function bodyTemplate(kind: ItemKind, locale: TemplateLocale, paragraph = placeholders[locale].paragraph): string {
  const sections = (requiredSections[kind] ?? []).map((section) => `## ${section.heading[locale]}\n${paragraph === '' ? '' : `\n${paragraph}\n`}`);
  if (sections.length === 0) return paragraph === '' ? '' : `${paragraph}\n`;
  return sections.join('\n');
}

/** Where a new item goes, from the site's folder, with forward slashes: `docs/offres/<file name>`. */
export function itemFilePath(docsPath: string, kind: ItemKind, title: string): string {
  const folder = docsPath.replace(/\\/g, '/').replace(/^(?:\.\/)+|\/+$/g, '');
  return [folder, folderOf(kind), fileNameOf(title)].filter((part) => part !== '' && part !== '.').join('/');
}
