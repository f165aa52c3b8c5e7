// A site whose taxonomy has a cycle in "broader": nothing can be placed in a tree that loops.
const {passerellesParseFrontMatter} = require('docusaurus-plugin-passerelles');

module.exports = {
  title: 'Hostile taxonomy',
  url: 'https://hostile.example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore',
  i18n: {defaultLocale: 'fr', locales: ['fr']},
  markdown: {parseFrontMatter: passerellesParseFrontMatter},
  presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: 'themes.yml', buildDate: '2026-11-20T00:00:00Z'}]],
};
