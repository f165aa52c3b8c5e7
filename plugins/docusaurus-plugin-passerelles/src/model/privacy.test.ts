import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import {formatNiss, NISS_1985} from '../shared/privacy/__fixtures__/labelled';
import {formatProblem} from './problems';
import {readItem} from './read-item';
import {createItemSchemas} from './schemas';

const schemas = createItemSchemas({taxonomy: fixtureTaxonomy(), timeZone: 'Europe/Brussels'});

const read = (text: string) => readItem({file: 'docs/vignettes/cas.md', text, id: 'cas', permalink: '/docs/vignettes/cas'}, schemas, 'fr');

/** A vignette whose situation section says `situation`; its front matter ends with `extra`. */
const vignette = (situation: string, extra = '', summary = 'Un suivi partagé.'): string =>
  [
    '---',
    'kind: vignette',
    'title: Un cas',
    `summary: ${summary}`,
    'themes: [double-diagnostic]',
    ...(extra === '' ? [] : [extra]),
    '---',
    '',
    '## Situation',
    '',
    situation,
    '',
    "## Questions pour l'intervision",
    '',
    '- Qui appeler ?',
    '',
  ].join('\n');

describe('the identifying-data guard on items', () => {
  it('refuses a vignette with a phone number, naming line, column and rule, the number masked', () => {
    const {item, problems} = read(vignette('Le voisin laisse son numéro, le 0471 23 45 67, à l’accueil.'));
    expect(item).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({severity: 'error', file: 'docs/vignettes/cas.md', line: 10, column: 33, rule: 'privacy-phone'});
    expect(problem?.message).toContain('numéro de téléphone');
    expect(formatProblem(problem ?? {severity: 'error', file: '', rule: '', message: ''})).toMatch(/^docs\/vignettes\/cas\.md:10:33 /);
    expect(problem?.message).not.toMatch(/0471 23 45 67|23 45 67/);
  });

  it('refuses a national register number, wherever the line', () => {
    const {problems} = read(vignette(`Premier jour.\n\nSon dossier porte le numéro ${formatNiss.dotted(NISS_1985)}.`));
    expect(problems.map((problem) => [problem.rule, problem.line])).toEqual([['privacy-niss', 12]]);
    expect(problems[0]?.message).not.toContain(formatNiss.dotted(NISS_1985));
  });

  it('scans the summary too, on its own line of the front matter', () => {
    const {problems} = read(vignette('Rien à signaler.', '', 'Mme Vandervelde revient après une hospitalisation.'));
    expect(problems).toMatchObject([{rule: 'privacy-named-person', line: 4, column: 10}]);
  });

  it('lets an author allow a harmless finding, with its reason, and warns about an allowance that covers nothing', () => {
    const extra = [
      'privacy-allow:',
      '  - rule: named-person',
      '    match: Mme Vandervelde',
      '    reason: pseudonyme choisi par l’équipe',
      '  - rule: phone',
      '    reason: plus utilisé',
    ].join('\n');
    const {item, problems} = read(vignette('Rien à signaler.', extra, 'Mme Vandervelde revient après une hospitalisation.'));
    expect(item).toBeDefined();
    expect(problems).toMatchObject([{severity: 'warning', rule: 'privacy-allow-unused', field: 'privacy-allow[1]', line: 10}]);
  });

  it('allows only what the allowance matches', () => {
    const extra = ['privacy-allow:', '  - rule: named-person', '    match: Mme Vandervelde', '    reason: pseudonyme'].join('\n');
    const {problems} = read(vignette('Son frère Maximilien passe le soir.', extra, 'Mme Vandervelde revient.'));
    expect(problems.map((problem) => problem.rule)).toEqual(['privacy-named-person']);
    expect(problems[0]?.line).toBe(14);
  });

  it('needs a reason for every allowance', () => {
    const extra = ['privacy-allow:', '  - rule: phone'].join('\n');
    const {problems} = read(vignette('Rien à signaler.', extra));
    expect(problems).toMatchObject([{severity: 'error', field: 'privacy-allow[0].reason', line: 7}]);
  });

  it('leaves offers alone: their phone numbers are public services on purpose', () => {
    const text = [
      '---',
      'kind: intervision',
      'title: Intervision',
      'summary: Un temps partagé.',
      'organizer: Service fictif',
      'themes: [double-diagnostic]',
      'audience: [psychologues]',
      'languages: [fr]',
      'basin: nord',
      'format: presentiel',
      'cost: gratuit',
      'registration: "mailto:accueil@example.org"',
      'recurrence: Un jeudi par mois',
      '---',
      '',
      'Inscriptions par téléphone au 0471 23 45 67.',
    ].join('\n');
    expect(read(text).problems).toEqual([]);
  });
});

describe('review status', () => {
  it('asks who reviewed an item marked "relu"', () => {
    const {problems} = read(vignette('Rien à signaler.', 'status: relu'));
    expect(problems).toMatchObject([{severity: 'error', field: 'reviewers', rule: 'review-reviewers'}]);
  });

  it('keeps authors, organization, status and reviewers on the item', () => {
    const {item, problems} = read(vignette('Rien à signaler.', 'authors: [Équipe fictive]\norganization: SSM fictif\nstatus: relu\nreviewers: Comité de lecture'));
    expect(problems).toEqual([]);
    expect(item).toMatchObject({authors: ['Équipe fictive'], organization: 'SSM fictif', status: 'relu', reviewers: ['Comité de lecture']});
  });

  it('rejects an unknown status with the allowed values', () => {
    const {problems} = read(vignette('Rien à signaler.', 'status: publié'));
    expect(problems[0]?.message).toContain('"brouillon", "relu"');
  });
});
