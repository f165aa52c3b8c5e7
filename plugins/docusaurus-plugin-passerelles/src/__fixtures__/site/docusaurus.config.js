// A minimal site for the plugin's lifecycle and CLI tests.
module.exports = {
  title: 'Fixture',
  url: 'https://fixture.example.org',
  baseUrl: '/',
  i18n: {defaultLocale: 'fr', locales: ['fr', 'nl']},
  plugins: [[require.resolve('../../../lib/index.js'), {buildDate: '2026-06-01T00:00:00Z'}]],
};
