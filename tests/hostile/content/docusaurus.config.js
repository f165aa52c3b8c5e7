// A site of broken and hostile files: `passerelles:check` and `docusaurus build` must name each problem and stop cleanly.
module.exports = require('../site-config')({title: 'Hostile content', taxonomyPath: '../themes.yml'});
