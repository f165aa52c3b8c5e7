// A site whose taxonomy has a cycle in "broader": nothing can be placed in a tree that loops.
module.exports = require('../site-config')({title: 'Hostile taxonomy', taxonomyPath: 'themes.yml'});
