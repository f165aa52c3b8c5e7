/** The plugin's options, their defaults and their validation (Joi, as Docusaurus plugins do). */
import {Joi, RouteBasePathSchema} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {repositoryPattern} from './shared/authoring/github';
import type {PolicySources} from './security/csp';
import type {AlgoliaSearchConfig} from './shared/search/backend';

export interface PluginOptions {
  id: string;
  /** The taxonomy file, relative to the site directory. */
  taxonomyPath: string;
  /** The docs plugin instance whose documents form the knowledge base. */
  docsPluginId: string;
  /** Its content folder, read by the CLI commands, which do not load the docs plugin. */
  docsPath: string;
  /** Where the themes pages live: `/thematiques` and `/thematiques/<id>`. */
  routeBasePath: string;
  /** Where the search page lives. */
  searchRoutePath: string;
  /** Where the offers catalogue lives. */
  catalogueRoutePath: string;
  /** Where the concertations timeline lives. */
  concertationsRoutePath: string;
  /** Where the data page lives (`/donnees`); its files are published under `/passerelles/`. */
  dataRoutePath: string;
  /** Where the list of the network's structures lives. */
  structuresRoutePath: string;
  /** IANA time zone of date-times written without an offset. */
  timeZone: string;
  /**
   * The date that splits upcoming from past offers at build time (ISO 8601).
   * Defaults to the environment variable PASSERELLES_BUILD_DATE, then to the
   * moment of the build. Pages re-split with the reader's clock.
   */
  buildDate?: string;
  /** How many "see also" items an item page shows. */
  seeAlsoCount: number;
  /**
   * Search with Algolia instead of the local index: public values only, with
   * the search-only key. The admin key stays in the environment of
   * `passerelles:algolia-sync`; the build fails if it reaches the site.
   */
  algolia?: AlgoliaSearchConfig;
  /** The contribution page: where it lives, and the GitHub repository and branch it proposes files to. */
  contribute: ContributeOptions;
  /** Where the map of themes and offers lives. */
  mapRoutePath: string;
  /**
   * A Content-Security-Policy meta on every built page (false: none). `true`
   * in the config gives the default policy; `{sources}` adds sources to its
   * directives, e.g. `{sources: {'img-src': ['https://images.example.org']}}`.
   */
  contentSecurityPolicy: false | {sources: PolicySources};
}

export interface ContributeOptions {
  /** `owner/name` on GitHub; without it the page offers the download only. */
  repository?: string;
  branch: string;
  path: string;
}

export type Options = Partial<Omit<PluginOptions, 'contribute' | 'contentSecurityPolicy'>> & {
  contribute?: Partial<ContributeOptions>;
  contentSecurityPolicy?: boolean | {sources?: PolicySources};
};

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  taxonomyPath: 'themes.yml',
  docsPluginId: 'default',
  docsPath: 'docs',
  routeBasePath: 'thematiques',
  searchRoutePath: 'recherche',
  catalogueRoutePath: 'offres',
  concertationsRoutePath: 'concertations',
  dataRoutePath: 'donnees',
  structuresRoutePath: 'structures',
  timeZone: 'Europe/Brussels',
  seeAlsoCount: 5,
  contribute: {branch: 'main', path: '/contribuer'},
  mapRoutePath: 'carte',
  contentSecurityPolicy: false,
};

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: value});
    return true;
  } catch {
    return false;
  }
}

const optionsSchema = Joi.object<PluginOptions>({
  taxonomyPath: Joi.string().default(DEFAULT_OPTIONS.taxonomyPath),
  docsPluginId: Joi.string().default(DEFAULT_OPTIONS.docsPluginId),
  docsPath: Joi.string().default(DEFAULT_OPTIONS.docsPath),
  routeBasePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.routeBasePath),
  searchRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.searchRoutePath),
  catalogueRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.catalogueRoutePath),
  concertationsRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.concertationsRoutePath),
  dataRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.dataRoutePath),
  structuresRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.structuresRoutePath),
  timeZone: Joi.string()
    .custom((value: string, helpers) => (isTimeZone(value) ? value : helpers.error('any.invalid')))
    .message('"timeZone" must be an IANA time zone such as "Europe/Brussels"')
    .default(DEFAULT_OPTIONS.timeZone),
  buildDate: Joi.string().isoDate(),
  seeAlsoCount: Joi.number().integer().min(0).max(20).default(DEFAULT_OPTIONS.seeAlsoCount),
  algolia: Joi.object<AlgoliaSearchConfig>({
    appId: Joi.string().required(),
    indexName: Joi.string().required(),
    searchApiKey: Joi.string().required(),
  }),
  contribute: Joi.object<ContributeOptions>({
    repository: Joi.string().pattern(repositoryPattern).message('"contribute.repository" must be a GitHub repository as "owner/name", e.g. "passerelles-bxl/passerelles"'),
    branch: Joi.string().default(DEFAULT_OPTIONS.contribute.branch),
    path: RouteBasePathSchema.default(DEFAULT_OPTIONS.contribute.path),
  }).default(DEFAULT_OPTIONS.contribute),
  mapRoutePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.mapRoutePath),
  contentSecurityPolicy: Joi.alternatives()
    .try(
      Joi.boolean(),
      Joi.object({
        sources: Joi.object()
          .pattern(Joi.string().pattern(/^[a-z]+(-[a-z]+)*$/), Joi.array().items(
              Joi.string()
                .pattern(/^[^\s;,]+$/)
                .messages({'string.pattern.base': '{#label} must be one source, without spaces, commas or semicolons, such as "https://images.example.org"; found {:[.]}'}),
            ))
          .default({}),
      }),
    )
    .custom((value: boolean | {sources: PolicySources}) => (value === true ? {sources: {}} : value))
    .messages({'alternatives.types': '"contentSecurityPolicy" must be true, false, or an object whose "sources" maps a directive name (such as "img-src") to a list of sources, one per item (such as "https://images.example.org")'})
    .default(DEFAULT_OPTIONS.contentSecurityPolicy),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(optionsSchema, options);
}

/** The build date: the option, else PASSERELLES_BUILD_DATE, else now. */
export function resolveBuildDate(options: Pick<PluginOptions, 'buildDate'>, environment: NodeJS.ProcessEnv = process.env): Date {
  const configured = options.buildDate ?? environment.PASSERELLES_BUILD_DATE;
  if (configured === undefined || configured === '') return new Date();
  const date = new Date(configured);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`PASSERELLES_BUILD_DATE must be an ISO 8601 date such as 2026-11-20; found "${configured}".`);
  }
  return date;
}
