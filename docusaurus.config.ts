import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import passerellesItemContext from 'docusaurus-plugin-passerelles/remark';
import passerellesDirectives from 'docusaurus-plugin-passerelles/remark-directives';
import {passerellesParseFrontMatter} from 'docusaurus-plugin-passerelles';

/** The repository contributors are sent to ("edit this page", "propose a page"). */
const repositoryName = 'passerelles-bxl/passerelles';
const repository = `https://github.com/${repositoryName}`;

const config: Config = {
  title: 'Passerelles',
  tagline: 'Vignettes, formations, intervisions et supervisions du réseau bruxellois de santé mentale',
  favicon: 'img/favicon.svg',
  url: 'https://passerelles.example.org',
  baseUrl: '/',
  trailingSlash: true,
  onBrokenLinks: 'throw',
  // Its inline script, on the home page only, is not one the Content-Security-Policy allows.
  baseUrlIssueBanner: false,
  onBrokenAnchors: 'throw',

  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'nl', 'en'],
    path: 'src/i18n',
    localeConfigs: {
      fr: {label: 'Français', htmlLang: 'fr-BE'},
      nl: {label: 'Nederlands', htmlLang: 'nl-BE'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
    // "status: brouillon" in an item's front matter makes its page a draft: shown by `npm run dev`, never built.
    parseFrontMatter: passerellesParseFrontMatter,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repository}/edit/main/`,
          remarkPlugins: [passerellesDirectives, passerellesItemContext],
        },
        blog: {
          blogTitle: 'Actualités',
          blogDescription: 'Les nouvelles de Passerelles',
          blogSidebarTitle: 'Billets récents',
          blogListComponent: '@site/src/components/BlogListPage',
          showReadingTime: true,
          editUrl: `${repository}/edit/main/`,
          remarkPlugins: [passerellesDirectives],
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // The contribution page (/contribuer) proposes new files on this repository.
  plugins: [['docusaurus-plugin-passerelles', {contribute: {repository: repositoryName, branch: 'main'}, contentSecurityPolicy: true}]],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Passerelles',
      // Decorative: the title next to it already names the link (an alt repeating it is read twice).
      logo: {alt: '', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'knowledgeBase', position: 'left', label: 'Base de connaissances'},
        {to: '/thematiques/', label: 'Thématiques', position: 'left'},
        {to: '/offres/', label: 'Offres', position: 'left'},
        {
          type: 'dropdown',
          label: 'Le réseau',
          position: 'left',
          items: [
            {to: '/structures/', label: 'Structures'},
            {to: '/concertations/', label: 'Concertations'},
            {to: '/carte/', label: 'Carte'},
            {to: '/donnees/', label: 'Données'},
          ],
        },
        {to: '/blog/', label: 'Actualités', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Passerelles',
          items: [
            {label: 'Thématiques', to: '/thematiques/'},
            {label: 'Vignettes', to: '/docs/vignettes/'},
            {label: 'Offres', to: '/offres/'},
            {label: 'Concertations', to: '/concertations/'},
            {label: 'Structures', to: '/structures/'},
            {label: 'Carte', to: '/carte/'},
            {label: 'Données', to: '/donnees/'},
          ],
        },
        {
          title: 'Contribuer',
          items: [
            {label: 'Proposer une page', to: '/contribuer/'},
            {label: 'Écrire pour Passerelles', to: '/docs/guide/contribuer/'},
          ],
        },
      ],
      copyright: 'Passerelles. Les situations décrites dans les vignettes sont fictives.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
