// The config the hostile sites share: one locale, the plugin and its front matter parser, as a site lists them.
const {passerellesParseFrontMatter} = require('docusaurus-plugin-passerelles');

module.exports = function hostileSiteConfig({title, taxonomyPath}) {
  return {
    title,
    url: 'https://hostile.example.org',
    baseUrl: '/',
    onBrokenLinks: 'ignore',
    i18n: {defaultLocale: 'fr', locales: ['fr']},
    markdown: {parseFrontMatter: passerellesParseFrontMatter},
    presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
    plugins: [['docusaurus-plugin-passerelles', {taxonomyPath, buildDate: '2026-11-20T00:00:00Z'}]],
  };
};
