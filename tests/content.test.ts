/** The demo content and the taxonomy are what the issue promises: complete, valid and varied. */
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {isOffer, type OfferItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {offerKinds} from '../plugins/docusaurus-plugin-passerelles/src/shared/kinds';
import {isUpcoming} from '../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {resolveTheme} from '../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {siteDir, testBuildDate} from './setup/site';

/** The theme ids the concertations raised (shared/THEMES.md): public URLs, never to be renamed. */
const requiredThemeIds = [
  'isolement-social', 'logement', 'precarite', 'accessibilite-financiere', 'accessibilite-linguistique',
  'fracture-numerique', 'stigmatisation', 'non-demande', 'jeunes', 'personnes-agees', 'aidants-proches',
  'double-diagnostic', 'deficience-intellectuelle', 'assuetudes', 'migration', 'aide-medicale-urgente',
  'perinatalite', 'enfants-adolescents', 'prevention-suicide', 'hors-criteres', 'posture-professionnelle',
  'secret-partage', 'mise-en-observation', 'reseau-sature', 'orientation', 'accompagnement-physique',
  'equipes-mobiles', 'soins-a-domicile', 'habitat-protege', 'bas-seuil', 'soins-echelonnes',
  'prevention-promotion', 'collaboration-intersectorielle', 'plaidoyer',
];

describe('the demo knowledge base', () => {
  it('passes passerelles:check --json with no error and no warning', async () => {
    const {stdout} = await promisify(execFile)(process.execPath, [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'passerelles:check', '--json'], {
      cwd: siteDir,
    });
    expect(JSON.parse(stdout)).toEqual({errors: [], warnings: []});
  }, 60_000);

  it('has a taxonomy with every theme the concertations raised, rich in labels', async () => {
    const {taxonomy, problems} = await demoKnowledgeBase();
    expect(problems).toEqual([]);
    const ids = taxonomy?.themes.map((theme) => theme.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(requiredThemeIds));
    for (const theme of taxonomy?.themes ?? []) {
      const altLabels = theme.altLabel.fr.length + theme.altLabel.nl.length + theme.altLabel.en.length;
      expect({id: theme.id, enoughAltLabels: altLabels >= 6}).toEqual({id: theme.id, enoughAltLabels: true});
    }
  });

  it('understands what people type, and makes them choose for "double diagnostic"', async () => {
    const {taxonomy} = await demoKnowledgeBase();
    if (taxonomy === undefined) throw new Error('no taxonomy');
    expect(resolveTheme(taxonomy, 'psy + addictions')).toEqual({status: 'theme', id: 'double-diagnostic'});
    expect(resolveTheme(taxonomy, 'dual diagnosis')).toEqual({status: 'theme', id: 'double-diagnostic'});
    expect(resolveTheme(taxonomy, 'SPAD')).toEqual({status: 'theme', id: 'soins-a-domicile'});
    expect(resolveTheme(taxonomy, 'IHP')).toEqual({status: 'theme', id: 'habitat-protege'});
    expect(resolveTheme(taxonomy, 'AMU')).toEqual({status: 'theme', id: 'aide-medicale-urgente'});
    expect(resolveTheme(taxonomy, 'suïcidepreventie')).toEqual({status: 'theme', id: 'prevention-suicide'});
    for (const label of ['double diagnostic', 'dubbele diagnose']) {
      const resolution = resolveTheme(taxonomy, label);
      expect(resolution.status === 'ambiguous' && [...resolution.candidates].sort()).toEqual(['deficience-intellectuelle', 'double-diagnostic']);
    }
  });

  it('holds enough vignettes, offers and concertations, as varied as the network', async () => {
    const {items} = await demoKnowledgeBase();
    const buildDate = Date.parse(testBuildDate);
    const vignettes = items.filter((item) => item.kind === 'vignette');
    const offers = items.filter(isOffer) as OfferItem[];
    const concertations = items.filter((item) => item.kind === 'concertation');

    expect(vignettes.length).toBeGreaterThanOrEqual(12);
    expect(offers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(offers.map((offer) => offer.kind))).toEqual(new Set(offerKinds));
    expect(offers.some((offer) => offer.sessions.length > 0 && !isUpcoming(offer, buildDate))).toBe(true);
    expect(offers.some((offer) => offer.sessions.some((session) => Date.parse(session.start) > buildDate))).toBe(true);
    expect(offers.some((offer) => offer.recurrence !== undefined)).toBe(true);
    expect(offers.some((offer) => offer.cost.amount === 0)).toBe(true);
    expect(offers.some((offer) => offer.cost.amount > 0)).toBe(true);
    expect(offers.some((offer) => offer.languages.includes('nl'))).toBe(true);
    expect(concertations.map((item) => item.kind === 'concertation' && item.basin).sort()).toEqual(['centre-ouest', 'nord', 'nord-est', 'region', 'sud']);
  });
});
