/**
 * What professionals type, and the theme each query must put first. Typos,
 * synonyms in French, Dutch and English, acronyms of the Brussels network.
 * `ambiguous` lists every theme a shared label must offer.
 */
export interface RelevanceCase {
  query: string;
  theme: string;
  ambiguous?: string[];
}

export const relevanceCases: RelevanceCase[] = [
  {query: 'double diagnostic', theme: 'double-diagnostic', ambiguous: ['double-diagnostic', 'deficience-intellectuelle']},
  {query: 'dubbele diagnose', theme: 'double-diagnostic', ambiguous: ['double-diagnostic', 'deficience-intellectuelle']},
  {query: 'psy + addictions', theme: 'double-diagnostic'},
  {query: 'psy-addictions', theme: 'double-diagnostic'},
  {query: 'dual diagnosis', theme: 'double-diagnostic'},
  {query: 'co-occurring disorders', theme: 'double-diagnostic'},
  {query: 'prévention suicide', theme: 'prevention-suicide'},
  {query: 'prevention du suicide', theme: 'prevention-suicide'},
  {query: 'suïcidepreventie', theme: 'prevention-suicide'},
  {query: 'suicide prevention', theme: 'prevention-suicide'},
  {query: 'risque suicidaire', theme: 'prevention-suicide'},
  {query: 'SPAD', theme: 'soins-a-domicile'},
  {query: 'soins psychiatriques à domicile', theme: 'soins-a-domicile'},
  {query: 'IHP', theme: 'habitat-protege'},
  {query: 'habitat protégé', theme: 'habitat-protege'},
  {query: 'beschut wonen', theme: 'habitat-protege'},
  {query: 'AMU', theme: 'aide-medicale-urgente'},
  {query: 'sans-papiers', theme: 'aide-medicale-urgente'},
  {query: 'PPL', theme: 'soins-echelonnes'},
  {query: 'stepped care', theme: 'soins-echelonnes'},
  {query: 'équipes mobiles', theme: 'equipes-mobiles'},
  {query: 'mobiele teams', theme: 'equipes-mobiles'},
  {query: 'aidants proches', theme: 'aidants-proches'},
  {query: 'aidant·es proches', theme: 'aidants-proches'},
  {query: 'mantelzorgers', theme: 'aidants-proches'},
  {query: 'secret partagé', theme: 'secret-partage'},
  {query: 'secret profesionnel partagé', theme: 'secret-partage'},
  {query: 'mise en observation', theme: 'mise-en-observation'},
  {query: 'MEO', theme: 'mise-en-observation'},
  {query: 'gedwongen opname', theme: 'mise-en-observation'},
  {query: 'migration', theme: 'migration'},
  {query: 'primo-arrivants', theme: 'migration'},
  {query: 'nieuwkomers', theme: 'migration'},
  {query: 'assuetude', theme: 'assuetudes'},
  {query: 'verslaving', theme: 'assuetudes'},
  {query: 'posture professionnelle', theme: 'posture-professionnelle'},
  {query: 'posture profesionelle', theme: 'posture-professionnelle'},
  {query: 'périnatalité', theme: 'perinatalite'},
  {query: 'fracture numérique', theme: 'fracture-numerique'},
  {query: 'digital divide', theme: 'fracture-numerique'},
  {query: 'isolement social', theme: 'isolement-social'},
  {query: 'bas seuil', theme: 'bas-seuil'},
  {query: 'low threshold', theme: 'bas-seuil'},
  {query: 'réseau saturé', theme: 'reseau-sature'},
  {query: 'wachtlijsten', theme: 'reseau-sature'},
  {query: 'déficience intellectuelle', theme: 'deficience-intellectuelle'},
  {query: 'stigmatisation', theme: 'stigmatisation'},
  {query: 'non-demande', theme: 'non-demande'},
];
