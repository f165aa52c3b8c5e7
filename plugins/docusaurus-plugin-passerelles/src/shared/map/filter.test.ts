import type {Basin} from '../kinds';
import {filterMap, themeEntries} from './filter';
import {itemNodeId, themeNodeId, type MapData, type MapEdge, type MapNode, type MapRelation} from './graph';

const theme = (id: string): MapNode => ({id: themeNodeId(id), type: 'theme', label: id, permalink: `/t/${id}/`, basins: []});
const offer = (id: string, basin: Basin): MapNode => ({id: itemNodeId(id), type: 'formation', label: id, permalink: `/o/${id}/`, basins: [basin]});
const service = (id: string, basin: Basin): MapNode => ({id: itemNodeId(id), type: 'concertation', label: id, permalink: `/s/${id}/`, basins: [basin]});
const edge = (source: string, target: string, relation: MapRelation): MapEdge => ({id: `${source}->${target}`, source, target, relation});

// addictions > dual > dual-youth; housing stands alone. One service linked from the northern offer, one from the southern.
const data: MapData = {
  nodes: [
    theme('addictions'),
    theme('dual'),
    theme('dual-youth'),
    theme('housing'),
    offer('north-dual', 'nord'),
    offer('region-housing', 'region'),
    offer('south-youth', 'sud'),
    offer('north-housing', 'nord'),
    offer('south-addictions', 'sud'),
    service('north-service', 'nord'),
    service('south-service', 'sud'),
  ],
  edges: [
    edge(themeNodeId('addictions'), themeNodeId('dual'), 'narrower'),
    edge(themeNodeId('dual'), themeNodeId('dual-youth'), 'narrower'),
    edge(itemNodeId('north-dual'), themeNodeId('dual'), 'theme'),
    edge(itemNodeId('region-housing'), themeNodeId('housing'), 'theme'),
    edge(itemNodeId('south-youth'), themeNodeId('dual-youth'), 'theme'),
    edge(itemNodeId('south-youth'), themeNodeId('housing'), 'theme'),
    edge(itemNodeId('north-housing'), themeNodeId('housing'), 'theme'),
    edge(itemNodeId('south-addictions'), themeNodeId('addictions'), 'theme'),
    edge(itemNodeId('north-dual'), itemNodeId('north-service'), 'structure'),
    edge(itemNodeId('south-youth'), itemNodeId('south-service'), 'structure'),
  ],
};

const ids = (map: MapData): string[] => map.nodes.map((node) => node.id.replace(/^\w+:/, ''));

describe('filterMap', () => {
  it('keeps everything without filters', () => {
    expect(filterMap(data, {})).toEqual(data);
  });

  it('keeps a theme, its narrower themes at any depth, and what links to them', () => {
    const dual = filterMap(data, {theme: 'dual'});
    expect(ids(dual)).toEqual(['dual', 'dual-youth', 'north-dual', 'south-youth', 'north-service', 'south-service']);
    // The edge from south-youth to housing goes: housing is not in the view.
    expect(dual.edges.map((kept) => kept.id)).toEqual([
      `${themeNodeId('dual')}->${themeNodeId('dual-youth')}`,
      `${itemNodeId('north-dual')}->${themeNodeId('dual')}`,
      `${itemNodeId('south-youth')}->${themeNodeId('dual-youth')}`,
      `${itemNodeId('north-dual')}->${itemNodeId('north-service')}`,
      `${itemNodeId('south-youth')}->${itemNodeId('south-service')}`,
    ]);
    expect(ids(filterMap(data, {theme: 'addictions'}))).toEqual([
      'addictions',
      'dual',
      'dual-youth',
      'north-dual',
      'south-youth',
      'south-addictions',
      'north-service',
      'south-service',
    ]);
  });

  it('keeps the offers of a basin and those of the whole region, with their themes and the services of the basin', () => {
    expect(ids(filterMap(data, {basin: 'nord'}))).toEqual(['dual', 'housing', 'north-dual', 'region-housing', 'north-housing', 'north-service']);
  });

  it('keeps only the region-wide offers under the basin "region"', () => {
    expect(ids(filterMap(data, {basin: 'region'}))).toEqual(['housing', 'region-housing']);
  });

  it('combines a basin and a theme', () => {
    expect(ids(filterMap(data, {basin: 'sud', theme: 'dual'}))).toEqual(['dual', 'dual-youth', 'south-youth', 'south-service']);
    expect(ids(filterMap(data, {basin: 'nord', theme: 'housing'}))).toEqual(['housing', 'region-housing', 'north-housing']);
  });

  it('keeps the chosen themes and no item when nothing matches both', () => {
    const empty = filterMap(data, {basin: 'sud-est', theme: 'dual'});
    expect(ids(empty)).toEqual(['dual', 'dual-youth']);
    expect(empty.edges.map((kept) => kept.relation)).toEqual(['narrower']);
  });

  it('ignores a theme the map does not have', () => {
    expect(filterMap(data, {theme: 'gone'})).toEqual(data);
  });
});

describe('themeEntries', () => {
  it('lists each theme with the items linked to it', () => {
    const entries = themeEntries(filterMap(data, {basin: 'nord'}));
    expect(entries.map(({theme: entry, items}) => [entry.label, items.map((item) => item.label)])).toEqual([
      ['dual', ['north-dual']],
      ['housing', ['region-housing', 'north-housing']],
    ]);
  });
});
