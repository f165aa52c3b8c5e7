// Two docs with one id: the docs plugin would stop on them with a stack trace, before any other check.
const {passerellesParseFrontMatter} = require('docusaurus-plugin-passerelles');

module.exports = {
  title: 'Hostile ids',
  url: 'https://hostile.example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore',
  i18n: {defaultLocale: 'fr', locales: ['fr']},
  markdown: {parseFrontMatter: passerellesParseFrontMatter},
  presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: '../themes.yml', buildDate: '2026-11-20T00:00:00Z'}]],
};
