// A site of broken and hostile files: `passerelles:check` and `docusaurus build` must name each problem and stop cleanly.
const {passerellesParseFrontMatter} = require('docusaurus-plugin-passerelles');

module.exports = {
  title: 'Hostile content',
  url: 'https://hostile.example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore',
  i18n: {defaultLocale: 'fr', locales: ['fr']},
  markdown: {parseFrontMatter: passerellesParseFrontMatter},
  presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: '../themes.yml', buildDate: '2026-11-20T00:00:00Z'}]],
};
