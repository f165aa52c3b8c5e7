/** The props of the contribution page, in the locale being built. */
import type {PluginOptions} from '../options';
import type {ContributePageProps} from '../shared/authoring/page';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';
import type {SitePaths} from './paths';

export function contributePageProps(
  taxonomy: Taxonomy,
  locale: string,
  paths: Pick<SitePaths, 'themeHub'>,
  options: Pick<PluginOptions, 'timeZone' | 'docsPath' | 'contribute'>,
): ContributePageProps {
  const themes = taxonomy.themes
    .map((theme) => ({id: theme.id, label: themeLabel(theme, locale), permalink: paths.themeHub(theme.id)}))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    taxonomy,
    themes,
    timeZone: options.timeZone,
    docsPath: options.docsPath,
    ...(options.contribute.repository === undefined ? {} : {repository: options.contribute.repository}),
    branch: options.contribute.branch,
  };
}
