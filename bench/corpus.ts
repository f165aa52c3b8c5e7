/**
 * A deterministic synthetic knowledge base (seeded): N themed items of every
 * kind, about 300 words each. A third of the words come from the item's
 * themes (their labels and scope notes); the rest follow Zipf's law, as words
 * do in real text, over a vocabulary of the field followed by a long tail of
 * rarer words. The same seed always gives the same corpus.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {uniformInt} from 'pure-rand/distribution/uniformInt';
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus';
import {isOffer, isStructure, type Item} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {folderOf} from '../plugins/docusaurus-plugin-passerelles/src/shared/authoring/template';
import {accessChannels, basins, formats, offerKinds, referralSources, structureTypes, type ItemKind} from '../plugins/docusaurus-plugin-passerelles/src/shared/kinds';
import type {Taxonomy} from '../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {parseTaxonomy} from '../plugins/docusaurus-plugin-passerelles/src/taxonomy/load';

export function realTaxonomy(): Taxonomy {
  const text = readFileSync(path.join(__dirname, '..', 'themes.yml'), 'utf8');
  const {taxonomy} = parseTaxonomy(text, 'themes.yml', 'en');
  if (taxonomy === undefined) throw new Error('themes.yml does not load');
  return taxonomy;
}

const fieldWords = (
  'accompagnement accueil adresse alliance ambulatoire angoisse appel approche association attente bassin besoin ' +
  'bilan bienveillance cadre carnet cellule centre clinique collègue commune concertation confiance consultation ' +
  'contact continuité coordination crise décision demande dispositif domicile dossier droit écoute éducateur ' +
  'entourage entretien équipe évaluation famille fatigue fragilité généraliste groupe hôpital hospitalisation ' +
  'infirmier insertion institution intervention isolement jeune lien liste logement maison médecin médiation ' +
  'mobilité orientation outil parcours partenaire patient permanence personne première ligne prise en charge ' +
  'projet psychiatre psychologue quartier référent relais rendez-vous réseau ressources retour rupture santé ' +
  'secteur semaine service situation social soignant soin soutien structure suivi symptôme temps traitement ' +
  'transmission travail trouble urgence usager visite vulnérabilité'
).split(' ');

const syllables = 'ba be bi bo da de di do fa fe fi la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo'.split(' ');

/** The rarer words of a real corpus (names of services, places, technical terms): invented, in a fixed order. */
function longTail(size: number): string[] {
  return Array.from({length: size}, (_, rank) => {
    let word = '';
    for (let value = rank + syllables.length * syllables.length; value > 0; value = Math.floor(value / syllables.length)) {
      word += syllables[value % syllables.length];
    }
    return word;
  });
}

/** Draws ranks 0..size-1 with probability proportional to 1/(rank+1): Zipf's law with exponent 1. */
function zipfSampler(size: number): (unit: number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 1);
    cumulative.push(total);
  }
  return (unit) => {
    const target = unit * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Sessions are spread around this date, half before, half after. */
  around: Date;
  wordsPerItem?: number;
  /**
   * Structures too (one kind in ten), half the offers organised by one of them: the sites of
   * bench/generate.ts hold every kind. Off by default, so that the search bench keeps its corpus.
   */
  structures?: boolean;
}

export function generateCorpus(taxonomy: Taxonomy, {count, seed, around, wordsPerItem = 300, structures = false}: CorpusOptions): Item[] {
  const random = xoroshiro128plus(seed);
  const pick = <T>(values: readonly T[]): T => values[uniformInt(random, 0, values.length - 1)] as T;
  const vocabulary = [...fieldWords, ...longTail(20000)];
  const zipf = zipfSampler(vocabulary.length);
  const commonWord = (): string => vocabulary[zipf(uniformInt(random, 0, 1_000_000) / 1_000_000)] ?? '';
  const themeWords = taxonomy.themes.map((theme) => `${theme.prefLabel.fr} ${theme.scopeNote.fr}`.split(/\s+/));
  const kinds: ItemKind[] = ['vignette', 'vignette', ...offerKinds, 'concertation', ...(structures ? ['structure' as const] : [])];
  const someOf = <T>(values: readonly T[]): T[] => {
    const chosen = values.filter(() => uniformInt(random, 0, 1) === 0);
    return chosen.length > 0 ? chosen : [pick(values)];
  };
  const day = 24 * 3600 * 1000;

  const items = Array.from({length: count}, (_, index): Item => {
    const kind = pick(kinds);
    const themeCount = uniformInt(random, 1, 4);
    const themeIndexes = [...new Set(Array.from({length: themeCount}, () => uniformInt(random, 0, taxonomy.themes.length - 1)))];
    const themes = themeIndexes.map((themeIndex) => taxonomy.themes[themeIndex]?.id ?? '');
    const words = Array.from({length: wordsPerItem}, () =>
      uniformInt(random, 0, 2) === 0 ? pick(themeWords[pick(themeIndexes)] ?? fieldWords) : commonWord(),
    );
    const title = `${words.slice(0, 6).join(' ')} ${index}`;
    // Where the demo site puts each kind: docs/offres/formation-12.md has the id offres/formation-12.
    const id = `${folderOf(kind)}/${kind}-${index}`;
    const base = {
      id,
      file: `docs/${id}.md`,
      permalink: `/docs/${id}/`,
      title,
      summary: words.slice(6, 30).join(' '),
      themes,
      text: words.slice(30).join(' '),
    };
    if (kind === 'vignette') return {...base, kind, publics: []};
    if (kind === 'concertation') return {...base, kind, basin: pick(basins), date: '2025'};
    if (kind === 'structure') {
      return {
        ...base,
        kind,
        type: pick(structureTypes),
        basins: someOf(basins),
        publics: someOf(['adultes', 'jeunes', 'familles', 'personnes âgées']),
        access: {criteria: words.slice(30, 50).join(' '), referral: someOf(referralSources), channels: someOf(accessChannels), waiting: uniformInt(random, 0, 12)},
        languages: pick([['fr'], ['nl'], ['fr', 'nl'], ['fr', 'en']] as const).slice(),
        cost: {amount: pick([0, 0, 12, 25])},
        contact: {website: `https://example.org/structures/${index}`},
      };
    }
    const start = around.getTime() + uniformInt(random, -180, 180) * day;
    return {
      ...base,
      kind,
      summary: base.summary,
      organizer: `Service ${index % 97}`,
      audience: ['professionnel·les'],
      languages: pick([['fr'], ['nl'], ['fr', 'nl'], ['fr', 'en']] as const).slice(),
      basin: pick(basins),
      format: pick(formats),
      cost: {amount: pick([0, 0, 30, 90])},
      registration: 'https://example.org/inscription',
      sessions: [{start: new Date(start).toISOString(), end: new Date(start + 3 * 3600 * 1000).toISOString()}],
    };
  });
  const services = items.filter(isStructure).map(({id, title, permalink}) => ({id, title, permalink}));
  if (services.length === 0) return items;
  return items.map((item) => (isOffer(item) && uniformInt(random, 0, 1) === 0 ? {...item, structure: pick(services)} : item));
}
