/**
 * A labelled test set for the identifying-data guard. Every value is
 * invented: names are common surnames or first names attached to no one,
 * streets are generic ("rue des Tilleuls"), phone numbers follow the
 * "02 123 45 67" / "0470 00 00 00" patterns, and national register numbers
 * and IBANs get their check digits computed below rather than copied.
 */
import type {PrivacyRule} from '../rules';

export interface Positive {
  text: string;
  rule: PrivacyRule;
  /** The identifier itself, which a finding's excerpt must never show in full. */
  secret: string;
}

// -- check digits, computed so that the numbers are valid and fictitious -----

function mod97(digits: string): number {
  return Number(BigInt(digits) % 97n);
}

/** A national register (or BIS) number, 11 digits: YYMMDD + serial + check. */
export function makeNiss(birth: string, serial: string, bornFrom2000 = false): string {
  const body = birth + serial;
  const check = 97 - mod97(bornFrom2000 ? `2${body}` : body);
  return body + String(check).padStart(2, '0');
}

/** A Belgian IBAN without spaces, from 12 digits of account number. */
export function makeIban(account: string): string {
  const check = 98 - mod97(`${account}111400`);
  return `BE${String(check).padStart(2, '0')}${account}`;
}

export const formatNiss = {
  dashed: (n: string): string => `${n.slice(0, 6)}-${n.slice(6, 9)}-${n.slice(9)}`,
  dotted: (n: string): string => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`,
  spaced: (n: string): string => `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  plain: (n: string): string => n,
};

export const spacedIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

export const NISS_1985 = makeNiss('850303', '123');
export const NISS_1962 = makeNiss('620714', '998');
export const NISS_2003 = makeNiss('030512', '345', true);
export const NISS_2011 = makeNiss('110101', '002', true);
/** BIS numbers: month + 20 (sex unknown) and + 40 (sex known). */
export const BIS_20 = makeNiss('902415', '777');
export const BIS_40 = makeNiss('704209', '101');
export const IBAN_A = makeIban('000123456789');
export const IBAN_B = makeIban('001000000042');
export const IBAN_C = makeIban('363000000077');

const digits = (text: string): string => text.replace(/\D/g, '');

export const positives: readonly Positive[] = [
  // niss: every written form, before and after 2000, BIS
  {rule: 'niss', text: `NISS : ${formatNiss.dashed(NISS_1985)}.`, secret: NISS_1985},
  {rule: 'niss', text: `Son numéro national ${formatNiss.dotted(NISS_1985)} figure au dossier.`, secret: NISS_1985},
  {rule: 'niss', text: `rijksregisternummer ${formatNiss.spaced(NISS_1962)}`, secret: NISS_1962},
  {rule: 'niss', text: `registre national ${formatNiss.plain(NISS_1962)}`, secret: NISS_1962},
  {rule: 'niss', text: `Le jeune (${formatNiss.dotted(NISS_2003)}) est suivi depuis 2019.`, secret: NISS_2003},
  {rule: 'niss', text: `national number ${formatNiss.plain(NISS_2011)}`, secret: NISS_2011},
  {rule: 'niss', text: `numéro BIS ${formatNiss.dotted(BIS_20)}`, secret: BIS_20},
  {rule: 'niss', text: `BIS : ${formatNiss.dashed(BIS_40)}`, secret: BIS_40},

  // iban
  {rule: 'iban', text: `Loyer versé sur le compte ${IBAN_A}.`, secret: digits(IBAN_A)},
  {rule: 'iban', text: `compte ${spacedIban(IBAN_A)} au nom de la mère`, secret: digits(IBAN_A)},
  {rule: 'iban', text: `rekeningnummer ${spacedIban(IBAN_B)}`, secret: digits(IBAN_B)},
  {rule: 'iban', text: `IBAN: ${IBAN_C}`, secret: digits(IBAN_C)},
  {rule: 'iban', text: `virement vers ${spacedIban(IBAN_C).toLowerCase()}`, secret: digits(IBAN_C)},

  // phone: landline and mobile, national and international, every separator
  {rule: 'phone', text: 'Elle appelle le 02 123 45 67 chaque matin.', secret: '021234567'},
  {rule: 'phone', text: 'GSM du fils : 0471 23 45 67', secret: '0471234567'},
  {rule: 'phone', text: 'tél. 02/123.45.67', secret: '021234567'},
  {rule: 'phone', text: 'joignable au 0471/23.45.67', secret: '0471234567'},
  {rule: 'phone', text: 'Tel: +32 2 123 45 67', secret: '21234567'},
  {rule: 'phone', text: 'mobile +32 471 23 45 67', secret: '471234567'},
  {rule: 'phone', text: 'depuis la France : 0032 2 123 45 67', secret: '21234567'},
  {rule: 'phone', text: 'bel 0032 470 00 00 00', secret: '470000000'},
  {rule: 'phone', text: 'numéro 0470-00-00-00', secret: '0470000000'},
  {rule: 'phone', text: 'sms au 0470000000', secret: '0470000000'},
  {rule: 'phone', text: 'fixe : 010 12 34 56', secret: '010123456'},
  {rule: 'phone', text: 'Liège 04 123 45 67', secret: '041234567'},
  {rule: 'phone', text: 'bureau +32 (0)2 123 45 67', secret: '21234567'},
  {rule: 'phone', text: 'numéro 02.123.45.67', secret: '021234567'},
  {rule: 'phone', text: 'call 0499 99 99 99 after six', secret: '0499999999'},

  // email
  {rule: 'email', text: 'Elle écrit à jeanne.dupont@example.org tous les soirs.', secret: 'jeanne.dupont'},
  {rule: 'email', text: 'mail : karim.b-1990@mail.example.be', secret: 'karim.b-1990'},
  {rule: 'email', text: 'contact via lea_martin+asbl@exemple.brussels.', secret: 'lea_martin+asbl'},
  {rule: 'email', text: 'mailto:patient@example.com', secret: 'patient'},

  // birthdate: every cue, in the three languages
  {rule: 'birthdate', text: 'Monsieur F., né le 3 mars 1985, vit seul.', secret: '3 mars 1985'},
  {rule: 'birthdate', text: 'Madame K., née le 03/03/1985, est suivie depuis deux ans.', secret: '03/03/1985'},
  {rule: 'birthdate', text: 'Karim (°03/03/1985) arrive aux urgences.', secret: '03/03/1985'},
  {rule: 'birthdate', text: 'le patient, ° 3.3.85, habite seul', secret: '3.3.85'},
  {rule: 'birthdate', text: 'date de naissance : 3 mars 1985', secret: '3 mars 1985'},
  {rule: 'birthdate', text: 'Date de naissance: 14-07-1962', secret: '14-07-1962'},
  {rule: 'birthdate', text: 'Hij is geboren op 3 maart 1985 in Gent.', secret: '3 maart 1985'},
  {rule: 'birthdate', text: 'geboortedatum: 03.03.1985', secret: '03.03.1985'},
  {rule: 'birthdate', text: 'He was born on 3 March 1985.', secret: '3 March 1985'},
  {rule: 'birthdate', text: 'She was born on March 3, 1985, in Liège.', secret: 'March 3, 1985'},
  {rule: 'birthdate', text: 'Né le 1er janvier 2003, il a 23 ans.', secret: '1er janvier 2003'},
  {rule: 'birthdate', text: 'née le 12 sept. 1971', secret: '12 sept. 1971'},
  {rule: 'birthdate', text: 'Date of birth: 14/07/1962', secret: '14/07/1962'},
  {rule: 'birthdate', text: 'né(e) le 28/02/2001', secret: '28/02/2001'},
  {rule: 'birthdate', text: 'Il est né à Namur le 3 mars 1985.', secret: '3 mars 1985'},
  {rule: 'birthdate', text: 'geboren te Gent op 14/07/1962', secret: '14/07/1962'},
  {rule: 'birthdate', text: 'born on the 3rd of March 1985', secret: '3rd of March 1985'},

  // address
  {rule: 'address', text: 'Il vit rue des Tilleuls 16, 1000 Bruxelles, au troisième.', secret: 'Tilleuls 16'},
  {rule: 'address', text: 'Avenue du Parc 231 - 1050 Ixelles', secret: 'Parc 231'},
  {rule: 'address', text: 'chaussée des Peupliers 12 bte 3, 1030 Schaerbeek', secret: 'Peupliers 12'},
  {rule: 'address', text: 'Ze woont in de Lindestraat 16, 1000 Brussel.', secret: 'Lindestraat 16'},
  {rule: 'address', text: 'Adresse : boulevard des Acacias 7A, 1080 Molenbeek-Saint-Jean', secret: 'Acacias 7A'},
  {rule: 'address', text: 'place du Marché 3\n1190 Forest', secret: 'Marché 3'},
  {rule: 'address', text: 'Kastanjelaan 45 bus 2 - 1200 Sint-Lambrechts-Woluwe', secret: 'Kastanjelaan 45'},
  {rule: 'address', text: 'domicile : rue de la Fontaine 8, B-1060 Saint-Gilles', secret: 'Fontaine 8'},
  {rule: 'address', text: 'avenue des Érables 102, 1150 Woluwe-Saint-Pierre', secret: 'Érables 102'},
  {rule: 'address', text: 'Berkenstraat 9 1070 Anderlecht', secret: 'Berkenstraat 9'},
  {rule: 'address', text: 'Elle habite rue des Lilas 16 à 1000 Bruxelles.', secret: 'Lilas 16'},
  {rule: 'address', text: 'au 16 rue des Tilleuls, 1000 Bruxelles', secret: 'Tilleuls'},

  // named-person: civilities and roles, fr/nl/en
  {rule: 'named-person', text: 'Mme Dupont arrive en retard.', secret: 'Dupont'},
  {rule: 'named-person', text: 'Nous recevons Madame Dupont au centre.', secret: 'Dupont'},
  {rule: 'named-person', text: "M. Janssens refuse l'hospitalisation.", secret: 'Janssens'},
  {rule: 'named-person', text: 'Le voisin appelle Monsieur Benali.', secret: 'Benali'},
  {rule: 'named-person', text: 'Le Dr Peeters prescrit un traitement.', secret: 'Peeters'},
  {rule: 'named-person', text: 'Elle vit avec son fils Karim.', secret: 'Karim'},
  {rule: 'named-person', text: 'sa fille Léa ne vient plus.', secret: 'Léa'},
  {rule: 'named-person', text: 'Sa mère Fatima s’inquiète.', secret: 'Fatima'},
  {rule: 'named-person', text: 'le patient Marc est hospitalisé.', secret: 'Marc'},
  {rule: 'named-person', text: 'Wij spreken met mevrouw Peeters.', secret: 'Peeters'},
  {rule: 'named-person', text: 'haar zoon Ahmed woont bij haar.', secret: 'Ahmed'},
  {rule: 'named-person', text: 'sa fille aînée Léa appelle le service.', secret: 'Léa'},
  {rule: 'named-person', text: 'Mme Van den Broeck est inquiète.', secret: 'Broeck'},
  {rule: 'named-person', text: 'Monsieur Jean-Pierre Lambert', secret: 'Lambert'},
  {rule: 'named-person', text: 'her son Tom was admitted.', secret: 'Tom'},
  {rule: 'named-person', text: 'Mrs Smith calls the team.', secret: 'Smith'},
  {rule: 'named-person', text: 'une jeune femme prénommée Inès', secret: 'Inès'},
  {rule: 'named-person', text: 'M. DUPONT a signé.', secret: 'DUPONT'},
  {rule: 'named-person', text: 'Son fils, Yanis, a quinze ans.', secret: 'Yanis'},
  {rule: 'named-person', text: 'Dhr. Claes komt niet.', secret: 'Claes'},
  {rule: 'named-person', text: 'la mère de Karim appelle le service.', secret: 'Karim'},
  {rule: 'named-person', text: 'Mme De Smet et M. Le Goff', secret: 'Smet'},
];

export const negatives: readonly string[] = [
  // numbers that fail the mod-97 checks
  `NISS : ${formatNiss.dashed(NISS_1985.slice(0, 10) + String((Number(NISS_1985.slice(10)) + 1) % 10))}`,
  `IBAN: ${IBAN_A.slice(0, 15)}${String((Number(IBAN_A.slice(15)) + 1) % 10)}`,
  'numéro de dossier 12345678901',
  // dates that are not dates of birth
  'Le 12 mars 2026, l’équipe s’est réunie pour la troisième fois.',
  'Il est arrivé en Belgique en 1985.',
  'Suivi depuis mars 2023 par le service.',
  'Séance du 2027-01-14 12:30 à 16:00.',
  'La concertation du 03/03/2025 a réuni le réseau.',
  'né en 1985, il a grandi à Namur',
  'Rendez-vous le 14.07.2026 à 9h.',
  'The meeting on 3 March 2026 was cancelled.',
  'Op 3 maart 2026 kwam de werkgroep samen.',
  // ages, times, percentages, counts, amounts
  'Madame K., 62 ans, vit seule depuis le décès de son mari.',
  'Accueil de 12h30 à 14h.',
  'Un taux de 45 % des situations.',
  '34 professionnel·les étaient présent·es.',
  'Coût : 1 250 € par session, 75,50 € pour les membres.',
  'Budget annuel de 2 500 000 euros.',
  'Temps de trajet : 20 min ; 3 200 km par an.',
  'Score de 27/30 au MMSE.',
  // law references and years
  "Le secret professionnel (article 458 du Code pénal) s'applique.",
  'la loi du 26 juin 1990 relative à la protection de la personne des malades mentaux',
  'Depuis la réforme 107 et le décret de 2014.',
  'Arrêté royal du 18 juillet 1991, art. 5 § 2.',
  'Les années 1990-2000 ont vu naître les réseaux.',
  // postcodes and streets alone
  'Il habite dans le 1030.',
  'Le service couvre les communes 1000 à 1210.',
  'Elle dort près de la rue des Tilleuls.',
  'Rendez-vous avenue du Parc, 1050 Ixelles.',
  'au numéro 16 de la rue',
  'Une permanence a lieu place du Marché.',
  'Service de santé mentale, 1190 Forest.',
  // public and service numbers
  'En cas d’urgence, appelez le 112.',
  'Centre de prévention du suicide : 0800 32 123.',
  'Ligne d’écoute 107, 1722 pour les violences, 100 et 101.',
  'Écoute-Enfants 103 ; ligne d’information 070 23 45 67.',
  'numéro gratuit 0800/12.345',
  'ligne info 078 15 15 15',
  // initials and roles without names
  'Madame K. est suivie depuis deux ans.',
  'Monsieur F. refuse tout contact.',
  'son fils K. vit chez sa grand-mère.',
  'sa fille aînée appelle le service.',
  'Le médecin traitant est informé.',
  'le patient refuse le traitement.',
  'Madame la directrice ouvre la séance.',
  'Monsieur le juge de paix a été saisi.',
  'Madame la Présidente remercie les participants.',
  'mevrouw de voorzitter opent de vergadering.',
  'Sa mère. Elle ne vient plus.',
  'le patient Depuis deux semaines, il ne sort plus.',
  'la fille de Madame K. vient seule.',
  'un ami Marocain l’héberge.',
  'La patiente Alzheimer est un cas d’école ? Non : la patiente souffre de démence.',
  'Monsieur X a été reçu ; Mme Y. aussi.',
  'né à Bruxelles, il y a grandi.',
  'date de naissance inconnue',
  'Les 34 places, 1000 euros de budget.',
  'sa fille Elle aussi est suivie.',
  'Le jeune Belge a été orienté vers le CPAS.',
  // sentence-initial capitalised words, organisations
  'Pourtant, Rien ne bouge. Malgré tout, Personne ne renonce.',
  'Bruxelles compte 19 communes.',
  'Le SPF Santé publique finance le projet.',
  'La Plateforme bruxelloise pour la santé mentale organise la journée.',
  // versions, identifiers, misc numbers
  'Version 2.3.1 du guide, mise à jour 2026-11-23.',
  'Référence de la session : 2026-03-14-001.',
  'Salle 1.02, bâtiment B, 2e étage.',
  'Le 20° anniversaire du réseau.',
  'n° 12.03.85 du registre des décisions',
  'Inscription : https://example.org/inscription?id=123456789',
  'Heures : 09:00-12:30, 13:30-17:00.',
  'Capacité : 1 200 places, dont 112 en crise.',
  // a whole concertation, as an author writes it
  [
    '## Besoins exprimés',
    '',
    'Le 12 mars 2026, 34 professionnel·les du bassin nord-est (1030, 1140, 1210) se sont réuni·es de 9h30 à',
    '12h30. Madame K., 62 ans, et son fils K. ont été évoqués ; la directrice du SSM rappelle l’article 458',
    'du Code pénal et la loi du 26 juin 1990. Depuis 2023, 45 % des demandes arrivent par le 107.',
    '',
    '## Actions',
    '',
    '- Session du 2027-01-14 12:30 (coût : 1 250 €, gratuit pour les membres) ; numéro vert 0800 32 123.',
    '- Monsieur le bourgmestre et Madame la présidente du CPAS sont invités. Le médecin traitant sera informé.',
  ].join('\n'),
];
