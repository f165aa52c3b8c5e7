// Valid items whose every text field carries HTML and JavaScript payloads: they must be published as text.
const {passerellesParseFrontMatter} = require('docusaurus-plugin-passerelles');
const passerellesItemContext = require('docusaurus-plugin-passerelles/remark').default;
const passerellesDirectives = require('docusaurus-plugin-passerelles/remark-directives').default;

module.exports = {
  title: 'Hostile payloads',
  url: 'https://payloads.example.org',
  baseUrl: '/',
  trailingSlash: true,
  onBrokenLinks: 'ignore',
  i18n: {defaultLocale: 'fr', locales: ['fr']},
  markdown: {parseFrontMatter: passerellesParseFrontMatter},
  presets: [['classic', {docs: {sidebarPath: false, remarkPlugins: [passerellesDirectives, passerellesItemContext]}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {buildDate: '2026-11-20T00:00:00Z'}]],
  themeConfig: {navbar: {items: [{to: '/offres/', label: 'Offres'}]}},
};
