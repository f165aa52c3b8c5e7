import {fixtureTaxonomy} from '../../__fixtures__/taxonomy';
import {readItem} from '../../model/read-item';
import {createItemSchemas} from '../../model/schemas';
import {itemKinds} from '../kinds';
import {bodyTemplate, itemFilePath, renderTemplate, type TemplateLocale} from './template';

const schemas = createItemSchemas({taxonomy: fixtureTaxonomy(), timeZone: 'Europe/Brussels'});
const locales: TemplateLocale[] = ['fr', 'nl', 'en'];
const today = new Date('2026-11-20T10:00:00Z');

describe('the templates of the authoring module', () => {
  it.each(locales)('give every kind a file readItem accepts as it is (%s)', (locale) => {
    for (const kind of itemKinds) {
      const text = renderTemplate({kind, title: `Nouvelle page ${kind}`, themes: ['migration'], locale, today});
      const {item, problems} = readItem({file: `docs/${kind}.md`, text, id: kind, permalink: `/docs/${kind}`}, schemas, locale);
      expect({kind, problems}).toEqual({kind, problems: []});
      expect(item).toMatchObject({kind, title: `Nouvelle page ${kind}`, themes: ['migration'], status: 'brouillon'});
    }
  });

  it.each(locales)('start the form with the headings readItem requires, and nothing else (%s)', (locale) => {
    for (const kind of itemKinds) {
      const body = bodyTemplate(kind, locale, '');
      const text = `---\nkind: ${kind}\n---\n\n${body}`;
      const {problems} = readItem({file: 'docs/x.md', text, id: 'x', permalink: '/x'}, schemas, locale);
      expect(problems.filter((problem) => problem.rule === 'section')).toEqual([]);
      expect(body.replace(/^## .*$/gm, '').trim()).toBe('');
    }
  });

  it('place a new item in the folder of its kind under the docs folder', () => {
    expect(itemFilePath('docs', 'vignette', 'Une nuit aux urgences')).toBe('docs/vignettes/une-nuit-aux-urgences.md');
    expect(itemFilePath('./content/', 'groupe-de-travail', "L'habitat d'abord")).toBe('content/offres/l-habitat-d-abord.md');
    expect(itemFilePath('docs', 'concertation', 'Bassin Nord — n°2')).toBe('docs/concertations/bassin-nord-n-2.md');
  });
});
