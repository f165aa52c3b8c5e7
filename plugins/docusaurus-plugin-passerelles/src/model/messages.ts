/**
 * Every message an author can read, in the three languages of the site.
 * The build and the CLI print them in the site's default locale; the
 * contribution form shows them in the page's locale.
 */
import {accessChannels, basins, referralSources, structureTypes} from '../shared/kinds';
import type {PrivacyRule} from '../shared/privacy/rules';
import {describeValue} from './problems';
import type {YamlSyntaxError} from './yaml';

export type MessageLocale = 'fr' | 'nl' | 'en';

export type MessageParams = {
  yaml: Omit<YamlSyntaxError, 'line'>;
  required: {expected: string};
  type: {found: unknown; expected: string};
  enum: {found: unknown; allowed: readonly string[]};
  'too-short': {minimum: number};
  'too-long': {maximum: number; found: number};
  'theme-unknown': {found: string; suggestions: readonly string[]};
  'theme-ambiguous': {found: string; candidates: readonly string[]};
  'date-invalid': {found: unknown; expected: string};
  /** A date written right whose day is not in the calendar (30 February). */
  'date-nonexistent': {found: string};
  'session-order': {start: string; end: string};
  registration: {found: unknown};
  schedule: Record<string, never>;
  section: {section: string};
  /** `suggestion` when a known field is close; otherwise `allowed`, the fields of that place. */
  'unknown-field': {found: string; suggestion?: string; allowed?: readonly string[]};
  'duplicate-id': {id: string; other: string};
  'taxonomy-reference': {found: string; relation: string};
  'taxonomy-cycle': {cycle: readonly string[]};
  'taxonomy-label': {label: string; ids: readonly string[]};
  'taxonomy-ambiguity-unused': {label: string};
  'taxonomy-id': {found: string};
  'taxonomy-missing': {path: string};
  'secret-in-config': {name: string};
  'secret-in-build': {name: string};
  privacy: {rule: PrivacyRule; excerpt: string};
  'privacy-allow-unused': {rule: PrivacyRule; match: string | undefined};
  'review-reviewers': Record<string, never>;
  'draft-published': Record<string, never>;
  'directive-unknown': {found: string; suggestion: string};
  'directive-syntax': {name: string; example: string};
  /** `found`: the value written, when there is one but it is not usable. */
  'directive-attribute': {name: string; attribute: string; example: string; found?: string};
  'directive-target': {id: string; suggestion: string | undefined};
  'import-missing': Record<string, never>;
  'import-unreadable': {detail: string};
  'import-binary': Record<string, never>;
  'import-encoding': Record<string, never>;
  'import-empty': Record<string, never>;
  'import-no-basin': {allowed: readonly string[]};
  'import-exists': Record<string, never>;
  'import-folder-missing': Record<string, never>;
  'import-written': Record<string, never>;
  'import-found': {field: string; value: string; line: number | undefined};
  'import-given': {field: string; value: string; flag: string};
  'import-not-found': {field: string};
  'import-themes': {count: number};
  'import-ambiguous': {label: string; line: number; candidates: readonly string[]};
  'import-hint-write': Record<string, never>;
  'structure-type': {found: unknown; allowed: readonly string[]; suggestion: string};
  'structure-type-single': {found: unknown; allowed: readonly string[]};
  'structure-unknown': {found: string; suggestions: readonly string[]};
  /** Sizes in bytes. */
  'file-too-large': {size: number; limit: number};
  'file-binary': Record<string, never>;
  'file-encoding': Record<string, never>;
  'file-empty': Record<string, never>;
  'file-unreadable': {detail: string};
  'front-matter-shape': {found: unknown};
  /** One of Docusaurus' own front matter fields (`tags`, `sidebar_position`…) with a value Docusaurus refuses. */
  'docusaurus-field': {found: unknown; expected: string};
  /** HTML in an item's text that could run a script: an element (`<script>`), an attribute (`onerror`). */
  'unsafe-markup': {found: string};
  'unsafe-link': {found: string};
  /** MDX code in an item's text: `{…}` expressions, `import`, `export`. */
  'content-code': {found: string};
  /** An item's text that MDX cannot compile (a lone `{` or `<`): MDX's own reason, in English. */
  'mdx-syntax': {reason: string};
};

export type Rule = keyof MessageParams;

type Catalogue = {[R in Rule]: (params: MessageParams[R]) => string};

/** What each rule of the identifying-data guard finds, as a message names it. */
const privacyRuleNames: Record<MessageLocale, Record<PrivacyRule, string>> = {
  fr: {
    niss: 'numéro de registre national',
    iban: 'numéro de compte (IBAN)',
    email: 'adresse e-mail',
    phone: 'numéro de téléphone',
    birthdate: 'date de naissance',
    address: 'adresse postale',
    'named-person': 'personne nommée',
  },
  nl: {
    niss: 'rijksregisternummer',
    iban: 'rekeningnummer (IBAN)',
    email: 'e-mailadres',
    phone: 'telefoonnummer',
    birthdate: 'geboortedatum',
    address: 'postadres',
    'named-person': 'bij naam genoemde persoon',
  },
  en: {
    niss: 'national register number',
    iban: 'bank account number (IBAN)',
    email: 'e-mail address',
    phone: 'phone number',
    birthdate: 'date of birth',
    address: 'postal address',
    'named-person': 'named person',
  },
};

const list = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

const megabytes = (locale: MessageLocale, bytes: number): string =>
  new Intl.NumberFormat(locale, {maximumFractionDigits: 1}).format(bytes / (1024 * 1024));

type YamlErrorParams = MessageParams['yaml'];

/** A YAML mistake said in the author's words; the library's own (English) detail for the rare others. */
const yamlExplanation: Record<MessageLocale, (error: YamlErrorParams) => string> = {
  fr: ({kind, detail, name}) => {
    switch (kind) {
      case 'duplicate-key':
        return `le champ "${name ?? '?'}" est écrit deux fois ; gardez-en un seul`;
      case 'unclosed-quote':
        return `un guillemet ouvert n'est pas refermé`;
      case 'unclosed-list':
        return `un crochet [ n'est pas refermé par ]`;
      case 'unclosed-map':
        return `une accolade { n'est pas refermée par }`;
      case 'indentation':
        return `indentation incohérente : les champs d'un même niveau commencent à la même colonne`;
      case 'tab-indentation':
        return `une tabulation sert d'indentation ; utilisez des espaces`;
      case 'missing-colon':
        return `il manque un deux-points après le nom d'un champ (ou une valeur sur plusieurs lignes doit être entre guillemets)`;
      case 'colon-in-value':
        return `une valeur contient ": " ; mettez-la entre guillemets`;
      case 'alias-unresolved':
        return `l'alias ${name ?? ''} ne renvoie à aucune ancre (&) définie avant lui`;
      case 'alias-loop':
        return `des alias (*) se répètent ou se contiennent eux-mêmes ; écrivez les valeurs en entier`;
      case 'other':
        return detail;
    }
  },
  nl: ({kind, detail, name}) => {
    switch (kind) {
      case 'duplicate-key':
        return `het veld "${name ?? '?'}" staat er twee keer; behoud er één`;
      case 'unclosed-quote':
        return `een aanhalingsteken wordt niet gesloten`;
      case 'unclosed-list':
        return `een vierkant haakje [ wordt niet gesloten met ]`;
      case 'unclosed-map':
        return `een accolade { wordt niet gesloten met }`;
      case 'indentation':
        return `onregelmatige inspringing: velden van hetzelfde niveau beginnen in dezelfde kolom`;
      case 'tab-indentation':
        return `een tab wordt gebruikt om in te springen; gebruik spaties`;
      case 'missing-colon':
        return `er ontbreekt een dubbele punt na de naam van een veld (of een waarde over meerdere regels moet tussen aanhalingstekens)`;
      case 'colon-in-value':
        return `een waarde bevat ": "; zet ze tussen aanhalingstekens`;
      case 'alias-unresolved':
        return `de alias ${name ?? ''} verwijst naar geen anker (&) dat ervoor staat`;
      case 'alias-loop':
        return `aliassen (*) herhalen zich of bevatten zichzelf; schrijf de waarden voluit`;
      case 'other':
        return detail;
    }
  },
  en: ({kind, detail, name}) => {
    switch (kind) {
      case 'duplicate-key':
        return `the field "${name ?? '?'}" is written twice; keep one`;
      case 'unclosed-quote':
        return `a quote is opened and never closed`;
      case 'unclosed-list':
        return `a bracket [ is not closed by ]`;
      case 'unclosed-map':
        return `a brace { is not closed by }`;
      case 'indentation':
        return `inconsistent indentation: the fields of one level start at the same column`;
      case 'tab-indentation':
        return `a tab is used for indentation; use spaces`;
      case 'missing-colon':
        return `a colon is missing after the name of a field (or a value on several lines must be quoted)`;
      case 'colon-in-value':
        return `a value contains ": "; put it between quotes`;
      case 'alias-unresolved':
        return `the alias ${name ?? ''} names no anchor (&) defined before it`;
      case 'alias-loop':
        return `aliases (*) repeat or contain themselves; write the values out in full`;
      case 'other':
        return detail;
    }
  },
};

const fr: Catalogue = {
  yaml: (error) => `le front matter n'est pas du YAML valide : ${yamlExplanation.fr(error)}`,
  required: ({expected}) => `champ obligatoire manquant ; attendu : ${expected}`,
  type: ({found, expected}) => `trouvé ${describeValue(found)}, attendu : ${expected}`,
  enum: ({found, allowed}) => `valeur ${describeValue(found)} inconnue ; valeurs permises : ${list(allowed)}`,
  'too-short': ({minimum}) => `au moins ${minimum} élément(s) ou caractère(s) attendu(s)`,
  'too-long': ({maximum, found}) => `${found} caractères, au plus ${maximum} attendus`,
  'theme-unknown': ({found, suggestions}) =>
    `thème "${found}" inconnu de la taxonomie ; thèmes les plus proches : ${list(suggestions)}`,
  'theme-ambiguous': ({found, candidates}) =>
    `"${found}" désigne plusieurs thèmes ; choisissez l'identifiant voulu parmi ${list(candidates)}`,
  'date-invalid': ({found, expected}) => `date ${describeValue(found)} invalide ; attendu : ${expected}`,
  'date-nonexistent': ({found}) => `la date ${describeValue(found)} n'existe pas dans le calendrier ; attendu : un jour qui existe (février a 28 ou 29 jours, avril, juin, septembre et novembre 30)`,
  'session-order': ({start, end}) => `la fin (${end}) précède le début (${start})`,
  registration: ({found}) =>
    `lien d'inscription ${describeValue(found)} refusé ; attendu : une adresse https:// ou mailto:`,
  schedule: () => `une offre a besoin de "sessions" (dates) ou d'une "recurrence" (texte)`,
  section: ({section}) => `section "${section}" absente du texte`,
  'unknown-field': ({found, suggestion, allowed}) =>
    suggestion === undefined ? `champ "${found}" inconnu ; champs permis ici : ${list(allowed ?? [])}` : `champ "${found}" inconnu ; vouliez-vous dire "${suggestion}" ?`,
  'duplicate-id': ({id, other}) => `identifiant "${id}" déjà utilisé par ${other}`,
  'taxonomy-reference': ({found, relation}) => `${relation} cite "${found}", qui n'est pas un thème défini`,
  'taxonomy-cycle': ({cycle}) => `cycle dans "broader" : ${cycle.join(' → ')}`,
  'taxonomy-label': ({label, ids}) =>
    `le libellé "${label}" est revendiqué par ${list(ids)} ; retirez-le de l'un d'eux ou déclarez-le dans "ambiguousLabels"`,
  'taxonomy-ambiguity-unused': ({label}) => `"${label}" est déclaré ambigu mais n'est partagé par aucun thème`,
  'taxonomy-id': ({found}) =>
    `identifiant "${found}" invalide ; attendu : minuscules, chiffres et traits d'union (ex. "double-diagnostic")`,
  'taxonomy-missing': ({path}) => `fichier de taxonomie introuvable : ${path}`,
  'secret-in-config': ({name}) =>
    `la valeur secrète de ${name} figure dans la configuration du site, qui est publiée avec chaque page ; pour Algolia, ne donnez au site que la clé de recherche (search-only)`,
  'secret-in-build': ({name}) => `la valeur secrète de ${name} figure dans ce fichier du build : ne le publiez pas et retirez-la de la configuration ou du contenu`,
  privacy: ({rule, excerpt}) =>
    `${privacyRuleNames.fr[rule]} possible : « ${excerpt} » ; supprimez-la ou remplacez-la par une donnée fictive. Si elle n'identifie personne, autorisez-la dans "privacy-allow" avec une raison`,
  'privacy-allow-unused': ({rule, match}) =>
    `l'autorisation "${rule}"${match === undefined ? '' : ` pour "${match}"`} ne couvre plus rien : retirez-la`,
  'review-reviewers': () => `"status: relu" demande le nom d'au moins un relecteur ou une relectrice dans "reviewers"`,
  'draft-published': () =>
    `cet élément est un brouillon ("status: brouillon") mais sa page serait publiée : ajoutez "markdown: {parseFrontMatter: passerellesParseFrontMatter}" à docusaurus.config (voir le README du plugin)`,
  'directive-unknown': ({found, suggestion}) => `directive "${found}" inconnue ; vouliez-vous écrire ${suggestion} ?`,
  'directive-syntax': ({name, example}) => `la directive "${name}" s'écrit ainsi : ${example}`,
  'directive-attribute': ({name, attribute, example, found}) =>
    found === undefined
      ? `la directive "${name}" demande "${attribute}" ; exemple : ${example}`
      : `la directive "${name}" n'accepte pas ${attribute}="${found}" ; exemple : ${example}`,
  'directive-target': ({id, suggestion}) =>
    `aucune vignette n'a l'identifiant "${id}"${suggestion === undefined ? '' : ` ; la plus proche : "${suggestion}"`}`,
  'import-missing': () => `fichier introuvable ; attendu : le chemin d'un compte rendu .md ou .txt`,
  'import-unreadable': ({detail}) => `fichier illisible (${detail}) ; attendu : un fichier texte .md ou .txt`,
  'import-binary': () => `ce fichier est binaire (un PDF, un document Word ?) ; attendu : du texte .md ou .txt, copiez-y le compte rendu`,
  'import-encoding': () => `texte qui n'est pas en UTF-8 à partir de cette ligne ; ré-enregistrez le fichier en UTF-8`,
  'import-empty': () => `le fichier est vide ; attendu : le texte d'un compte rendu de concertation`,
  'import-no-basin': ({allowed}) => `aucun bassin trouvé dans le texte ; indiquez-le avec --basin, parmi ${list(allowed)}`,
  'import-exists': () => `existe déjà et n'a pas été modifié ; complétez ce fichier, ou donnez un autre --basin ou numéro`,
  'import-folder-missing': () => `dossier introuvable ; créez-le, ou vérifiez l'option docsPath du plugin`,
  'import-written': () => `brouillon écrit (status: brouillon) ; complétez-le puis lancez passerelles:check`,
  'import-found': ({field, value, line}) => `${field} : ${value}${line === undefined ? '' : ` (ligne ${line})`}`,
  'import-given': ({field, value, flag}) => `${field} : ${value} (donné par ${flag})`,
  'import-not-found': ({field}) => `${field} : non trouvé`,
  'import-themes': ({count}) => `${count} thématique(s) trouvée(s) :`,
  'import-ambiguous': ({label, line, candidates}) => `"${label}" (ligne ${line}) peut désigner ${list(candidates)} : à trancher à la main`,
  'import-hint-write': () => `ajoutez --write pour écrire un brouillon de page dans docs/concertations/`,
  'structure-type': ({found, allowed, suggestion}) =>
    `type de structure ${describeValue(found)} inconnu ; vouliez-vous dire "${suggestion}" ? Types permis : ${list(allowed)}`,
  'structure-type-single': ({found, allowed}) =>
    `une structure a un seul type, trouvé ${describeValue(found)} ; choisissez celui qui la décrit le mieux parmi ${list(allowed)}`,
  'structure-unknown': ({found, suggestions}) =>
    `aucune structure n'a l'identifiant "${found}" ; les plus proches : ${list(suggestions)} (l'identifiant est le chemin du fichier sans .md, ex. "structures/ssm-exemple")`,
  'file-too-large': ({size, limit}) =>
    `fichier de ${megabytes('fr', size)} Mo, au-delà de la limite de ${megabytes('fr', limit)} Mo pour une page ; découpez-la en plusieurs pages, ou mettez images et pièces jointes dans static/ et faites-y un lien`,
  'file-binary': () =>
    `ce fichier n'est pas du texte (une image, un PDF, un document Word renommé en .md ?) ; attendu : du texte Markdown en UTF-8. Mettez le fichier dans static/ et faites-y un lien, ou copiez-en le texte dans une page`,
  'file-encoding': () => `texte qui n'est pas en UTF-8 à partir de cette ligne (enregistré en Latin-1 ou Windows-1252 ?) ; ré-enregistrez le fichier en UTF-8`,
  'file-empty': () => `le fichier est vide ; attendu : un front matter avec "kind", ou le texte d'une page. Supprimez-le s'il est de trop`,
  'file-unreadable': ({detail}) => `fichier illisible (${detail}) ; vérifiez ses droits de lecture`,
  'front-matter-shape': ({found}) => `le front matter doit être une suite de champs "nom: valeur", trouvé ${describeValue(found)}`,
  'docusaurus-field': ({found, expected}) => `trouvé ${describeValue(found)}, attendu par Docusaurus : ${expected}`,
  'unsafe-markup': ({found}) =>
    `le texte contient ${found}, qui pourrait exécuter un script dans la page ; retirez-le, ou écrivez-le entre accents graves (\`…\`) pour le montrer comme du texte`,
  'unsafe-link': ({found}) =>
    `lien ${describeValue(found)} refusé ; attendu : une adresse https://, http://, mailto: ou tel:, ou le chemin d'une page du site`,
  'content-code': ({found}) =>
    `le texte d'un élément ne peut pas contenir de code (${found}) ; pour écrire une accolade, écrivez \\{ ; retirez les lignes import et export`,
  'mdx-syntax': ({reason}) => `le texte ne peut pas être compilé (MDX : ${reason}) ; une accolade { ou un < seul s'écrit \\{ ou \\<`,
};

const nl: Catalogue = {
  yaml: (error) => `de front matter is geen geldige YAML: ${yamlExplanation.nl(error)}`,
  required: ({expected}) => `verplicht veld ontbreekt; verwacht: ${expected}`,
  type: ({found, expected}) => `gevonden ${describeValue(found)}, verwacht: ${expected}`,
  enum: ({found, allowed}) => `onbekende waarde ${describeValue(found)}; toegelaten: ${list(allowed)}`,
  'too-short': ({minimum}) => `minstens ${minimum} element(en) of teken(s) verwacht`,
  'too-long': ({maximum, found}) => `${found} tekens, hoogstens ${maximum} verwacht`,
  'theme-unknown': ({found, suggestions}) =>
    `thema "${found}" staat niet in de taxonomie; dichtstbijzijnde thema's: ${list(suggestions)}`,
  'theme-ambiguous': ({found, candidates}) =>
    `"${found}" verwijst naar meerdere thema's; kies het bedoelde id uit ${list(candidates)}`,
  'date-invalid': ({found, expected}) => `ongeldige datum ${describeValue(found)}; verwacht: ${expected}`,
  'date-nonexistent': ({found}) => `de datum ${describeValue(found)} bestaat niet in de kalender; verwacht: een dag die bestaat (februari heeft 28 of 29 dagen, april, juni, september en november 30)`,
  'session-order': ({start, end}) => `het einde (${end}) ligt vóór het begin (${start})`,
  registration: ({found}) =>
    `inschrijvingslink ${describeValue(found)} geweigerd; verwacht: een https://- of mailto:-adres`,
  schedule: () => `een aanbod heeft "sessions" (data) of een "recurrence" (tekst) nodig`,
  section: ({section}) => `sectie "${section}" ontbreekt in de tekst`,
  'unknown-field': ({found, suggestion, allowed}) =>
    suggestion === undefined ? `onbekend veld "${found}"; toegelaten velden hier: ${list(allowed ?? [])}` : `onbekend veld "${found}"; bedoelde u "${suggestion}"?`,
  'duplicate-id': ({id, other}) => `id "${id}" wordt al gebruikt door ${other}`,
  'taxonomy-reference': ({found, relation}) => `${relation} verwijst naar "${found}", dat geen gedefinieerd thema is`,
  'taxonomy-cycle': ({cycle}) => `kringverwijzing in "broader": ${cycle.join(' → ')}`,
  'taxonomy-label': ({label, ids}) =>
    `het label "${label}" wordt opgeëist door ${list(ids)}; verwijder het bij één ervan of declareer het in "ambiguousLabels"`,
  'taxonomy-ambiguity-unused': ({label}) => `"${label}" is als dubbelzinnig gedeclareerd maar wordt door geen enkel thema gedeeld`,
  'taxonomy-id': ({found}) =>
    `ongeldig id "${found}"; verwacht: kleine letters, cijfers en koppeltekens (bv. "double-diagnostic")`,
  'taxonomy-missing': ({path}) => `taxonomiebestand niet gevonden: ${path}`,
  'secret-in-config': ({name}) =>
    `de geheime waarde van ${name} staat in de siteconfiguratie, die met elke pagina wordt gepubliceerd; geef de site voor Algolia alleen de zoeksleutel (search-only)`,
  'secret-in-build': ({name}) => `de geheime waarde van ${name} staat in dit bestand van de build: publiceer het niet en verwijder ze uit de configuratie of de inhoud`,
  privacy: ({rule, excerpt}) =>
    `mogelijk ${privacyRuleNames.nl[rule]}: "${excerpt}"; verwijder het of vervang het door een fictief gegeven. Identificeert het niemand, sta het dan toe in "privacy-allow" met een reden`,
  'privacy-allow-unused': ({rule, match}) =>
    `de toelating "${rule}"${match === undefined ? '' : ` voor "${match}"`} dekt niets meer: verwijder ze`,
  'review-reviewers': () => `"status: relu" vraagt de naam van minstens één nalezer in "reviewers"`,
  'draft-published': () =>
    `dit element is een ontwerp ("status: brouillon") maar de pagina zou gepubliceerd worden: voeg "markdown: {parseFrontMatter: passerellesParseFrontMatter}" toe aan docusaurus.config (zie de README van de plugin)`,
  'directive-unknown': ({found, suggestion}) => `onbekende directive "${found}"; bedoelde u ${suggestion}?`,
  'directive-syntax': ({name, example}) => `de directive "${name}" schrijf je zo: ${example}`,
  'directive-attribute': ({name, attribute, example, found}) =>
    found === undefined
      ? `de directive "${name}" vraagt "${attribute}"; voorbeeld: ${example}`
      : `de directive "${name}" aanvaardt ${attribute}="${found}" niet; voorbeeld: ${example}`,
  'directive-target': ({id, suggestion}) =>
    `geen casus heeft het id "${id}"${suggestion === undefined ? '' : `; de dichtstbijzijnde: "${suggestion}"`}`,
  'import-missing': () => `bestand niet gevonden; verwacht: het pad van een verslag in .md of .txt`,
  'import-unreadable': ({detail}) => `bestand onleesbaar (${detail}); verwacht: een tekstbestand .md of .txt`,
  'import-binary': () => `dit bestand is binair (een pdf, een Word-document?); verwacht: tekst in .md of .txt, kopieer het verslag erin`,
  'import-encoding': () => `tekst die vanaf deze regel geen UTF-8 is; sla het bestand op in UTF-8`,
  'import-empty': () => `het bestand is leeg; verwacht: de tekst van een overlegverslag`,
  'import-no-basin': ({allowed}) => `geen zorgbekken gevonden in de tekst; geef het op met --basin, uit ${list(allowed)}`,
  'import-exists': () => `bestaat al en werd niet gewijzigd; vul dat bestand aan, of geef een ander --basin of nummer`,
  'import-folder-missing': () => `map niet gevonden; maak ze aan, of controleer de optie docsPath van de plugin`,
  'import-written': () => `ontwerp geschreven (status: brouillon); vul het aan en voer daarna passerelles:check uit`,
  'import-found': ({field, value, line}) => `${field}: ${value}${line === undefined ? '' : ` (regel ${line})`}`,
  'import-given': ({field, value, flag}) => `${field}: ${value} (opgegeven met ${flag})`,
  'import-not-found': ({field}) => `${field}: niet gevonden`,
  'import-themes': ({count}) => `${count} thema('s) gevonden:`,
  'import-ambiguous': ({label, line, candidates}) => `"${label}" (regel ${line}) kan ${list(candidates)} betekenen: met de hand te kiezen`,
  'import-hint-write': () => `voeg --write toe om een ontwerppagina in docs/concertations/ te schrijven`,
  'structure-type': ({found, allowed, suggestion}) =>
    `onbekend type voorziening ${describeValue(found)}; bedoelde u "${suggestion}"? Toegelaten types: ${list(allowed)}`,
  'structure-type-single': ({found, allowed}) =>
    `een voorziening heeft één type, gevonden ${describeValue(found)}; kies het type dat haar het best beschrijft uit ${list(allowed)}`,
  'structure-unknown': ({found, suggestions}) =>
    `geen voorziening heeft het id "${found}"; de dichtstbijzijnde: ${list(suggestions)} (het id is het pad van het bestand zonder .md, bv. "structures/ssm-exemple")`,
  'file-too-large': ({size, limit}) =>
    `bestand van ${megabytes('nl', size)} MB, boven de grens van ${megabytes('nl', limit)} MB voor een pagina; splits ze in meerdere pagina's, of zet afbeeldingen en bijlagen in static/ en link ernaar`,
  'file-binary': () =>
    `dit bestand is geen tekst (een afbeelding, een pdf, een Word-document hernoemd naar .md?); verwacht: Markdown-tekst in UTF-8. Zet het bestand in static/ en link ernaar, of kopieer de tekst in een pagina`,
  'file-encoding': () => `tekst die vanaf deze regel geen UTF-8 is (opgeslagen in Latin-1 of Windows-1252?); sla het bestand op in UTF-8`,
  'file-empty': () => `het bestand is leeg; verwacht: een front matter met "kind", of de tekst van een pagina. Verwijder het als het overbodig is`,
  'file-unreadable': ({detail}) => `bestand onleesbaar (${detail}); controleer de leesrechten`,
  'front-matter-shape': ({found}) => `de front matter moet een reeks velden "naam: waarde" zijn, gevonden ${describeValue(found)}`,
  'docusaurus-field': ({found, expected}) => `gevonden ${describeValue(found)}, verwacht door Docusaurus: ${expected}`,
  'unsafe-markup': ({found}) =>
    `de tekst bevat ${found}, dat een script in de pagina zou kunnen uitvoeren; verwijder het, of zet het tussen backticks (\`…\`) om het als tekst te tonen`,
  'unsafe-link': ({found}) =>
    `link ${describeValue(found)} geweigerd; verwacht: een https://-, http://-, mailto:- of tel:-adres, of het pad van een pagina van de site`,
  'content-code': ({found}) =>
    `de tekst van een element mag geen code bevatten (${found}); schrijf \\{ voor een accolade; verwijder de regels import en export`,
  'mdx-syntax': ({reason}) => `de tekst kan niet worden gecompileerd (MDX: ${reason}); schrijf een losse { of < als \\{ of \\<`,
};

const en: Catalogue = {
  yaml: (error) => `the front matter is not valid YAML: ${yamlExplanation.en(error)}`,
  required: ({expected}) => `required field is missing; expected: ${expected}`,
  type: ({found, expected}) => `found ${describeValue(found)}, expected: ${expected}`,
  enum: ({found, allowed}) => `unknown value ${describeValue(found)}; allowed: ${list(allowed)}`,
  'too-short': ({minimum}) => `expected at least ${minimum} item(s) or character(s)`,
  'too-long': ({maximum, found}) => `${found} characters, at most ${maximum} expected`,
  'theme-unknown': ({found, suggestions}) =>
    `theme "${found}" is not in the taxonomy; closest themes: ${list(suggestions)}`,
  'theme-ambiguous': ({found, candidates}) =>
    `"${found}" names several themes; choose the id you mean among ${list(candidates)}`,
  'date-invalid': ({found, expected}) => `invalid date ${describeValue(found)}; expected: ${expected}`,
  'date-nonexistent': ({found}) => `the date ${describeValue(found)} does not exist in the calendar; expected: a day that exists (February has 28 or 29 days, April, June, September and November 30)`,
  'session-order': ({start, end}) => `the end (${end}) is before the start (${start})`,
  registration: ({found}) =>
    `registration link ${describeValue(found)} refused; expected: an https:// or mailto: address`,
  schedule: () => `an offer needs "sessions" (dates) or a "recurrence" (text)`,
  section: ({section}) => `section "${section}" is missing from the text`,
  'unknown-field': ({found, suggestion, allowed}) =>
    suggestion === undefined ? `unknown field "${found}"; fields allowed here: ${list(allowed ?? [])}` : `unknown field "${found}"; did you mean "${suggestion}"?`,
  'duplicate-id': ({id, other}) => `id "${id}" is already used by ${other}`,
  'taxonomy-reference': ({found, relation}) => `${relation} names "${found}", which is not a defined theme`,
  'taxonomy-cycle': ({cycle}) => `cycle in "broader": ${cycle.join(' → ')}`,
  'taxonomy-label': ({label, ids}) =>
    `the label "${label}" is claimed by ${list(ids)}; remove it from one of them or declare it in "ambiguousLabels"`,
  'taxonomy-ambiguity-unused': ({label}) => `"${label}" is declared ambiguous but no two themes share it`,
  'taxonomy-id': ({found}) =>
    `invalid id "${found}"; expected lower-case letters, digits and hyphens (e.g. "double-diagnostic")`,
  'taxonomy-missing': ({path}) => `taxonomy file not found: ${path}`,
  'secret-in-config': ({name}) =>
    `the secret value of ${name} is in the site config, which ships with every page; for Algolia, give the site the search-only key only`,
  'secret-in-build': ({name}) => `the secret value of ${name} is in this file of the build: do not publish it, and remove the value from the config or the content`,
  privacy: ({rule, excerpt}) =>
    `possible ${privacyRuleNames.en[rule]}: "${excerpt}"; remove it or replace it with a fictitious one. If it identifies no one, allow it in "privacy-allow" with a reason`,
  'privacy-allow-unused': ({rule, match}) => `the allowance "${rule}"${match === undefined ? '' : ` for "${match}"`} covers nothing any more: remove it`,
  'review-reviewers': () => `"status: relu" needs the name of at least one reviewer in "reviewers"`,
  'draft-published': () =>
    `this item is a draft ("status: brouillon") but its page would be published: add "markdown: {parseFrontMatter: passerellesParseFrontMatter}" to docusaurus.config (see the plugin's README)`,
  'directive-unknown': ({found, suggestion}) => `unknown directive "${found}"; did you mean ${suggestion}?`,
  'directive-syntax': ({name, example}) => `the directive "${name}" is written ${example}`,
  'directive-attribute': ({name, attribute, example, found}) =>
    found === undefined
      ? `the directive "${name}" needs "${attribute}"; for example ${example}`
      : `the directive "${name}" does not accept ${attribute}="${found}"; for example ${example}`,
  'directive-target': ({id, suggestion}) => `no vignette has the id "${id}"${suggestion === undefined ? '' : `; the closest: "${suggestion}"`}`,
  'import-missing': () => `file not found; expected: the path of a report in .md or .txt`,
  'import-unreadable': ({detail}) => `file cannot be read (${detail}); expected: a text file, .md or .txt`,
  'import-binary': () => `this file is binary (a PDF, a Word document?); expected: .md or .txt text, paste the report into one`,
  'import-encoding': () => `text that is not UTF-8 from this line on; save the file as UTF-8`,
  'import-empty': () => `the file is empty; expected: the text of a concertation report`,
  'import-no-basin': ({allowed}) => `no basin found in the text; give it with --basin, among ${list(allowed)}`,
  'import-exists': () => `already exists and was left as it is; finish that file, or give another --basin or number`,
  'import-folder-missing': () => `folder not found; create it, or check the plugin's docsPath option`,
  'import-written': () => `draft written (status: brouillon); finish it, then run passerelles:check`,
  'import-found': ({field, value, line}) => `${field}: ${value}${line === undefined ? '' : ` (line ${line})`}`,
  'import-given': ({field, value, flag}) => `${field}: ${value} (given by ${flag})`,
  'import-not-found': ({field}) => `${field}: not found`,
  'import-themes': ({count}) => `${count} theme(s) found:`,
  'import-ambiguous': ({label, line, candidates}) => `"${label}" (line ${line}) may mean ${list(candidates)}: to decide by hand`,
  'import-hint-write': () => `add --write to write a draft page in docs/concertations/`,
  'structure-type': ({found, allowed, suggestion}) =>
    `unknown structure type ${describeValue(found)}; did you mean "${suggestion}"? Allowed types: ${list(allowed)}`,
  'structure-type-single': ({found, allowed}) =>
    `a structure has one type, found ${describeValue(found)}; choose the one that describes it best among ${list(allowed)}`,
  'structure-unknown': ({found, suggestions}) =>
    `no structure has the id "${found}"; the closest: ${list(suggestions)} (the id is the file's path without .md, e.g. "structures/ssm-exemple")`,
  'file-too-large': ({size, limit}) =>
    `file of ${megabytes('en', size)} MB, over the ${megabytes('en', limit)} MB limit for a page; split it into several pages, or put images and attachments in static/ and link to them`,
  'file-binary': () =>
    `this file is not text (an image, a PDF, a Word document renamed .md?); expected: Markdown text in UTF-8. Put the file in static/ and link to it, or copy its text into a page`,
  'file-encoding': () => `text that is not UTF-8 from this line on (saved as Latin-1 or Windows-1252?); save the file as UTF-8`,
  'file-empty': () => `the file is empty; expected: a front matter with "kind", or the text of a page. Delete it if it is not needed`,
  'file-unreadable': ({detail}) => `file cannot be read (${detail}); check its read permissions`,
  'front-matter-shape': ({found}) => `the front matter must be a series of "name: value" fields, found ${describeValue(found)}`,
  'docusaurus-field': ({found, expected}) => `found ${describeValue(found)}, Docusaurus expects: ${expected}`,
  'unsafe-markup': ({found}) =>
    `the text contains ${found}, which could run a script in the page; remove it, or write it between backticks (\`…\`) to show it as text`,
  'unsafe-link': ({found}) => `link ${describeValue(found)} refused; expected: an https://, http://, mailto: or tel: address, or the path of a page of the site`,
  'content-code': ({found}) => `the text of an item cannot hold code (${found}); write \\{ for a brace; remove import and export lines`,
  'mdx-syntax': ({reason}) => `the text cannot be compiled (MDX: ${reason}); write a lone { or < as \\{ or \\<`,
};

const catalogues: Record<MessageLocale, Catalogue> = {fr, nl, en};

export function toMessageLocale(locale: string): MessageLocale {
  const language = locale.split('-')[0];
  return language === 'nl' || language === 'en' ? language : 'fr';
}

export function message<R extends Rule>(locale: MessageLocale, rule: R, params: MessageParams[R]): string {
  return catalogues[locale][rule](params);
}

/** What a field expects, said the same way in messages, scaffolding comments and the form. */
export type Expectation =
  | 'text'
  | 'text-list'
  | 'theme-list'
  | 'integer'
  | 'date'
  | 'date-time'
  | 'cost'
  | 'url'
  | 'language-list'
  | 'sessions'
  | 'privacy-allowances'
  | 'object'
  | 'structure-type'
  | 'structure-id'
  | 'basin-list'
  | 'referral-list'
  | 'channel-list'
  | 'access'
  | 'contact'
  | 'website'
  | 'email'
  | 'phone'
  | 'waiting'
  | 'number'
  | 'boolean'
  | 'doc-id'
  | 'theme-map';

const words = (values: readonly string[]): string => values.join(', ');

const expectations: Record<MessageLocale, Record<Expectation, string>> = {
  fr: {
    text: 'un texte',
    'text-list': 'une liste de textes, ex. [médecins généralistes, assistant·es sociaux]',
    'theme-list': 'une liste de thèmes, ex. [double-diagnostic, logement]',
    integer: 'un nombre entier',
    date: 'une date "AAAA-MM-JJ" (ou "AAAA-MM", "AAAA")',
    'date-time': 'une date et une heure "AAAA-MM-JJ HH:MM" (heure de Bruxelles)',
    cost: 'gratuit, un montant en euros (ex. 45) ou {amount: 45, note: "…"}',
    url: 'une adresse https:// ou mailto:',
    'language-list': 'une liste de langues parmi fr, nl, en',
    sessions: 'une liste de séances {start, end, location}',
    'privacy-allowances': 'une liste {rule, match, reason}, ex. [{rule: phone, reason: "numéro du service public"}]',
    object: 'un ensemble de champs',
    'structure-type': `un type parmi ${words(structureTypes)}`,
    'structure-id': 'l’identifiant d’une structure : le chemin de son fichier sans .md, ex. structures/ssm-exemple',
    'basin-list': `une liste de bassins parmi ${words(basins)}`,
    'referral-list': `une liste parmi ${words(referralSources)}`,
    'channel-list': `une liste parmi ${words(accessChannels)}`,
    access: '{criteria: "qui est accueilli", referral: [personne, medecin], channels: [telephone], waiting: 3}',
    contact: '{website: https://…, email: …@…, phone: "+32 2 …", address: "…"} (tous facultatifs)',
    website: 'une adresse https://, ex. https://example.org',
    email: 'une adresse e-mail, ex. accueil@example.org',
    phone: 'un numéro de téléphone, ex. "+32 2 000 00 00"',
    waiting: 'un nombre de semaines (ex. 3) ou un texte (ex. "quelques jours")',
    number: 'un nombre',
    boolean: 'true ou false',
    'doc-id': 'un identifiant sans barre oblique (le dossier du fichier en fait déjà partie)',
    'theme-map': 'les thèmes, chacun sous son identifiant, ex. double-diagnostic: {prefLabel: {fr: …, nl: …, en: …}, scopeNote: {fr: …, nl: …, en: …}}',
  },
  nl: {
    text: 'een tekst',
    'text-list': 'een lijst van teksten, bv. [huisartsen, maatschappelijk werkers]',
    'theme-list': "een lijst van thema's, bv. [double-diagnostic, logement]",
    integer: 'een geheel getal',
    date: 'een datum "JJJJ-MM-DD" (of "JJJJ-MM", "JJJJ")',
    'date-time': 'een datum en uur "JJJJ-MM-DD UU:MM" (Brusselse tijd)',
    cost: 'gratuit, een bedrag in euro (bv. 45) of {amount: 45, note: "…"}',
    url: 'een https://- of mailto:-adres',
    'language-list': 'een lijst van talen uit fr, nl, en',
    sessions: 'een lijst van sessies {start, end, location}',
    'privacy-allowances': 'een lijst {rule, match, reason}, bv. [{rule: phone, reason: "nummer van de openbare dienst"}]',
    object: 'een verzameling velden',
    'structure-type': `een type uit ${words(structureTypes)}`,
    'structure-id': 'het id van een voorziening: het pad van haar bestand zonder .md, bv. structures/ssm-exemple',
    'basin-list': `een lijst van regio's uit ${words(basins)}`,
    'referral-list': `een lijst uit ${words(referralSources)}`,
    'channel-list': `een lijst uit ${words(accessChannels)}`,
    access: '{criteria: "wie er terecht kan", referral: [personne, medecin], channels: [telephone], waiting: 3}',
    contact: '{website: https://…, email: …@…, phone: "+32 2 …", address: "…"} (alle facultatief)',
    website: 'een https://-adres, bv. https://example.org',
    email: 'een e-mailadres, bv. onthaal@example.org',
    phone: 'een telefoonnummer, bv. "+32 2 000 00 00"',
    waiting: 'een aantal weken (bv. 3) of een tekst (bv. "enkele dagen")',
    number: 'een getal',
    boolean: 'true of false',
    'doc-id': 'een id zonder schuine streep (de map van het bestand maakt er al deel van uit)',
    'theme-map': "de thema's, elk onder zijn id, bv. double-diagnostic: {prefLabel: {fr: …, nl: …, en: …}, scopeNote: {fr: …, nl: …, en: …}}",
  },
  en: {
    text: 'a text',
    'text-list': 'a list of texts, e.g. [general practitioners, social workers]',
    'theme-list': 'a list of themes, e.g. [double-diagnostic, logement]',
    integer: 'a whole number',
    date: 'a date "YYYY-MM-DD" (or "YYYY-MM", "YYYY")',
    'date-time': 'a date and time "YYYY-MM-DD HH:MM" (Brussels time)',
    cost: 'gratuit, an amount in euros (e.g. 45) or {amount: 45, note: "…"}',
    url: 'an https:// or mailto: address',
    'language-list': 'a list of languages among fr, nl, en',
    sessions: 'a list of sessions {start, end, location}',
    'privacy-allowances': 'a list of {rule, match, reason}, e.g. [{rule: phone, reason: "public service number"}]',
    object: 'a set of fields',
    'structure-type': `a type among ${words(structureTypes)}`,
    'structure-id': 'the id of a structure: the path of its file without .md, e.g. structures/ssm-exemple',
    'basin-list': `a list of basins among ${words(basins)}`,
    'referral-list': `a list among ${words(referralSources)}`,
    'channel-list': `a list among ${words(accessChannels)}`,
    access: '{criteria: "who is taken on", referral: [personne, medecin], channels: [telephone], waiting: 3}',
    contact: '{website: https://…, email: …@…, phone: "+32 2 …", address: "…"} (all optional)',
    website: 'an https:// address, e.g. https://example.org',
    email: 'an e-mail address, e.g. reception@example.org',
    phone: 'a phone number, e.g. "+32 2 000 00 00"',
    waiting: 'a number of weeks (e.g. 3) or a text (e.g. "a few days")',
    number: 'a number',
    boolean: 'true or false',
    'doc-id': 'an id without a slash (the folder of the file is already part of it)',
    'theme-map': 'the themes, each under its id, e.g. double-diagnostic: {prefLabel: {fr: …, nl: …, en: …}, scopeNote: {fr: …, nl: …, en: …}}',
  },
};

export function expectation(locale: MessageLocale, expected: Expectation): string {
  return expectations[locale][expected];
}
