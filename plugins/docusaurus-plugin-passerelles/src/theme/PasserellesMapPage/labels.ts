/** What a node of the map is, in words: "Thématique", or the kind of its item. */
import {translate} from '@docusaurus/Translate';
import type {MapNode} from '../../shared/map/graph';
import {kindLabel} from '../PasserellesLabels';

export function mapNodeTypeLabel(type: MapNode['type']): string {
  return type === 'theme' ? translate({id: 'passerelles.map.themeNode', message: 'Thématique'}) : kindLabel(type);
}
