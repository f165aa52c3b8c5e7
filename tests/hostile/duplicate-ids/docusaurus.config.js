// Two docs with one id: the docs plugin would stop on them with a stack trace, before any other check.
module.exports = require('../site-config')({title: 'Hostile ids', taxonomyPath: '../themes.yml'});
