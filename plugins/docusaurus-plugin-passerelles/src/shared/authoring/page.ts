import type {ThemeRef} from '../cards';
import type {Taxonomy} from '../taxonomy';

/** Props of the contribution page: what its form needs to build the schemas and name the file. */
export interface ContributePageProps {
  /** For the schemas, which resolve themes as the build does. */
  taxonomy: Taxonomy;
  /** The themes to choose from, in the page's locale, sorted by label. */
  themes: ThemeRef[];
  timeZone: string;
  /** The docs folder, from the site's folder (and the repository's root): `docs`. */
  docsPath: string;
  /** `owner/name` on GitHub; without it the page offers the download only. */
  repository?: string;
  branch: string;
}
