import React, {useEffect, useMemo, useRef, useState} from 'react';
import type cytoscape from 'cytoscape';
import Translate, {translate} from '@docusaurus/Translate';
import {useColorMode} from '@docusaurus/theme-common';
import type {MapData, MapNode} from '../../shared/map/graph';
import {mapNodeTypeLabel} from '../PasserellesMapPage/labels';

export interface Props {
  map: MapData;
  /** A node to highlight from outside: the one whose entry in the list has the focus or the pointer. */
  highlighted?: string;
  onOpen(node: MapNode): void;
}

type Status = 'loading' | 'ready' | 'failed';

function elementsOf(map: MapData): cytoscape.ElementDefinition[] {
  return [
    ...map.nodes.map((node) => ({group: 'nodes' as const, data: {id: node.id, label: node.label}, classes: node.type === 'theme' ? 'theme' : node.type === 'structure' ? 'structure' : 'item'})),
    ...map.edges.map((edge) => ({group: 'edges' as const, data: {id: edge.id, source: edge.source, target: edge.target}, classes: edge.relation})),
  ];
}

/** The canvas cannot read CSS: its colours are taken from Infima's variables, again whenever the colour mode changes. */
function stylesheet(): cytoscape.StylesheetJson {
  const styles = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string): string => styles.getPropertyValue(name).trim() || fallback;
  const text = variable('--ifm-font-color-base', '#1c1e21');
  const surface = variable('--ifm-background-surface-color', '#ffffff');
  return [
    {
      selector: 'node.theme',
      style: {
        shape: 'ellipse',
        width: 22,
        height: 22,
        'background-color': variable('--ifm-color-primary', '#2e8555'),
        label: 'data(label)',
        color: text,
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': surface,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
      },
    },
    {selector: 'node.item', style: {shape: 'diamond', width: 16, height: 16, 'background-color': variable('--ifm-color-warning-dark', '#e6a700')}},
    {selector: 'node.structure', style: {shape: 'round-rectangle', width: 18, height: 18, 'background-color': variable('--ifm-color-success-dark', '#009f6b')}},
    {selector: 'edge', style: {width: 1, 'line-color': variable('--ifm-color-emphasis-400', '#bbb'), 'curve-style': 'straight'}},
    {
      selector: 'edge.narrower',
      style: {width: 2, 'line-color': variable('--ifm-color-emphasis-600', '#777'), 'target-arrow-shape': 'triangle', 'target-arrow-color': variable('--ifm-color-emphasis-600', '#777')},
    },
    {selector: 'node.focused', style: {'border-width': 4, 'border-color': text, 'z-index': 10}},
  ];
}

/**
 * The map as a graph (Cytoscape.js, imported in the browser only, on this page
 * only). Clicking a node opens its page; with the keyboard, the arrows move
 * from node to node and Enter opens the current one.
 */
export default function PasserellesMapGraph({map, highlighted, onOpen}: Props): React.ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | undefined>();
  const [status, setStatus] = useState<Status>('loading');
  const [hovered, setHovered] = useState<string | undefined>();
  const [focusIndex, setFocusIndex] = useState<number | undefined>();
  // Bumped when nodes move on screen (layout, zoom, pan, resize), so that the label follows its node.
  const [, setViewportVersion] = useState(0);
  const {colorMode} = useColorMode();
  const nodesById = useMemo(() => new Map(map.nodes.map((node) => [node.id, node])), [map]);
  const openById = useRef<(id: string) => void>(() => undefined);
  openById.current = (id) => {
    const node = nodesById.get(id);
    if (node !== undefined) onOpen(node);
  };

  useEffect(() => {
    let cancelled = false;
    let instance: cytoscape.Core | undefined;
    import('cytoscape').then(
      ({default: cytoscapeFactory}) => {
        if (cancelled || container.current === null) return;
        instance = cytoscapeFactory({
          container: container.current,
          style: stylesheet(),
          minZoom: 0.3,
          maxZoom: 3,
          autoungrabify: true,
          autounselectify: true,
          boxSelectionEnabled: false,
        });
        instance.on('tap', 'node', (event) => openById.current((event.target as cytoscape.NodeSingular).id()));
        instance.on('mouseover', 'node', (event) => setHovered((event.target as cytoscape.NodeSingular).id()));
        instance.on('mouseout', 'node', () => setHovered(undefined));
        instance.on('viewport resize layoutstop', () => setViewportVersion((version) => version + 1));
        setCy(instance);
        setStatus('ready');
      },
      () => {
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      instance?.destroy();
    };
  }, []);

  useEffect(() => {
    if (cy === undefined) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elementsOf(map));
    });
    cy.layout({name: 'cose', animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true, componentSpacing: 60}).run();
    setFocusIndex(undefined);
    setHovered(undefined);
  }, [cy, map]);

  useEffect(() => {
    if (cy === undefined) return;
    // The colour mode's attribute is set on <html> in the same commit: read the variables once it has landed.
    const frame = requestAnimationFrame(() => cy.style(stylesheet()));
    return () => cancelAnimationFrame(frame);
  }, [cy, colorMode]);

  const focused = focusIndex === undefined ? undefined : map.nodes[focusIndex];
  const target = focused?.id ?? hovered ?? highlighted;
  useEffect(() => {
    if (cy === undefined) return;
    cy.nodes('.focused').removeClass('focused');
    if (target !== undefined) cy.getElementById(target).addClass('focused');
  }, [cy, target, map]);

  const targetNode = target === undefined ? undefined : nodesById.get(target);
  const targetElement = cy === undefined || target === undefined ? undefined : cy.getElementById(target);
  const position = targetElement !== undefined && targetElement.nonempty() ? targetElement.renderedPosition() : undefined;

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const count = map.nodes.length;
    if (count === 0) return;
    const moves: Record<string, (index: number) => number> = {
      ArrowRight: (index) => (index + 1) % count,
      ArrowDown: (index) => (index + 1) % count,
      ArrowLeft: (index) => (index - 1 + count) % count,
      ArrowUp: (index) => (index - 1 + count) % count,
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setFocusIndex(move(focusIndex ?? (event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? 0 : -1)));
    } else if (event.key === 'Enter' && focused !== undefined) {
      event.preventDefault();
      onOpen(focused);
    } else if (event.key === 'Escape') {
      setFocusIndex(undefined);
    }
  };

  return (
    <div className="passerelles-map__figure">
      <p id="passerelles-map-instructions" className="passerelles-map__instructions">
        <Translate id="passerelles.map.instructions">
          Cliquez sur un point pour ouvrir sa page. Au clavier : placez le focus sur la carte, passez d'un point à l'autre avec les flèches, ouvrez sa page avec Entrée.
        </Translate>
      </p>
      <div className="passerelles-map__stage">
        <div
          ref={container}
          className="passerelles-map__graph"
          role="application"
          aria-label={translate({id: 'passerelles.map.graphLabel', message: 'Graphe des thématiques et des offres'})}
          aria-describedby="passerelles-map-instructions"
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            if (focusIndex === undefined && event.target === event.currentTarget && event.currentTarget.matches(':focus-visible') && map.nodes.length > 0) setFocusIndex(0);
          }}
          onBlur={() => setFocusIndex(undefined)}
        />
        {status !== 'ready' && (
          <p className="passerelles-map__loading">
            {status === 'failed' ? (
              <Translate id="passerelles.map.failed">La carte n'a pas pu être chargée. La liste ci-dessous donne les mêmes liens.</Translate>
            ) : (
              <Translate id="passerelles.map.loading">Chargement de la carte...</Translate>
            )}
          </p>
        )}
        {targetNode !== undefined && position !== undefined && (
          // Drawn over the canvas at the node's centre; the bubble itself sits above it.
          <div className="passerelles-map__tooltip" data-node={targetNode.id} style={{left: position.x, top: position.y}} aria-hidden="true">
            <span className="passerelles-map__bubble">
              {targetNode.label} <small>({mapNodeTypeLabel(targetNode.type)})</small>
            </span>
          </div>
        )}
      </div>
      <p className="passerelles-map__announcement" aria-live="polite">
        {focused !== undefined &&
          translate(
            {id: 'passerelles.map.focused', message: '{label}, {type}, {position} sur {count}. Entrée pour ouvrir sa page.'},
            {label: focused.label, type: mapNodeTypeLabel(focused.type), position: (focusIndex ?? 0) + 1, count: map.nodes.length},
          )}
      </p>
      <ul className="passerelles-map__legend">
        <li>
          <span className="passerelles-map__swatch passerelles-map__swatch--theme" aria-hidden="true" />
          <Translate id="passerelles.map.legendTheme">Thématique (flèche vers une thématique plus précise)</Translate>
        </li>
        <li>
          <span className="passerelles-map__swatch passerelles-map__swatch--item" aria-hidden="true" />
          <Translate id="passerelles.map.legendOffer">Offre (reliée à chacune de ses thématiques)</Translate>
        </li>
        <li>
          <span className="passerelles-map__swatch passerelles-map__swatch--structure" aria-hidden="true" />
          <Translate id="passerelles.map.legendStructure">Structure (reliée à ses thématiques et aux offres qu'elle organise)</Translate>
        </li>
      </ul>
    </div>
  );
}
