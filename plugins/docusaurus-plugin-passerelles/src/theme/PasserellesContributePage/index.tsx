// First: it configures zod before any schema is created.
import './zod-without-eval';
import React, {useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import PasserellesItemCard from '../PasserellesItemCard';
import {authorshipFields, checkContribution, contributableKinds, emptyInput, formFields, isExportable, type ContributionFinding, type FieldInput, type FormValues} from '../../model/contribution';
import {toMessageLocale} from '../../model/messages';
import type {Problem} from '../../model/problems';
import {createItemSchemas} from '../../model/schemas';
import type {ThemeRef} from '../../shared/cards';
import {newFileUrlWithinLimit} from '../../shared/authoring/github';
import type {ContributePageProps} from '../../shared/authoring/page';
import {renderItemFile} from '../../shared/authoring/render';
import {requiredSections} from '../../shared/authoring/sections';
import {bodyTemplate, itemFilePath} from '../../shared/authoring/template';
import type {ItemKind} from '../../shared/kinds';
import {useNow} from '../PasserellesClock';
import {kindLabel} from '../PasserellesLabels';
import {controlId, Field, fieldLabel, targetLabel, targetOf} from './fields';

export interface Props {
  contribute: ContributePageProps;
}

const bodyId = 'passerelles-contribute-body';

function isItemKind(value: string): value is ItemKind {
  return (contributableKinds as readonly string[]).includes(value);
}

/** Where a finding is, for its author: "Texte, ligne 3" or "Résumé". */
function findingPlace(finding: ContributionFinding): string {
  if (finding.source === 'body') {
    return translate({id: 'passerelles.contribute.finding.body', message: 'Texte, ligne {line}'}, {line: String(finding.line)});
  }
  return fieldLabel(finding.source.replace(/\[\d+\]$/, ''));
}

function findingTarget(finding: ContributionFinding): string {
  return finding.source === 'body' ? bodyId : controlId(finding.source.replace(/\[\d+\]$/, ''));
}

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by then; the object URL is only released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function focusControl(event: React.MouseEvent<HTMLAnchorElement>, id: string): void {
  const control = document.getElementById(id);
  if (control === null) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({block: 'center'});
}

/**
 * The contribution page: a form per kind, built from the schema the build
 * validates with, checked as `passerelles:check` checks a file, with a card
 * preview; the file is then downloaded or proposed on GitHub.
 */
export default function PasserellesContributePage({contribute}: Props): React.ReactNode {
  const {taxonomy, themes, timeZone, docsPath, repository, branch} = contribute;
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const locale = toMessageLocale(currentLocale);
  const {selectMessage} = usePluralForm();
  const now = useNow(new Date(0).toISOString());

  const [kind, setKind] = useState<ItemKind>('vignette');
  const [values, setValues] = useState<Record<string, FieldInput>>({});
  const [body, setBody] = useState(() => bodyTemplate('vignette', locale, ''));
  const [bodyEdited, setBodyEdited] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  const schemas = useMemo(() => createItemSchemas({taxonomy, timeZone}), [taxonomy, timeZone]);
  const fields = useMemo(() => formFields(schemas, kind), [schemas, kind]);
  const themeRefs = useMemo(() => {
    const byId = new Map(themes.map((theme) => [theme.id, theme]));
    return (ids: readonly string[]): ThemeRef[] => ids.flatMap((id) => byId.get(id) ?? []);
  }, [themes]);

  const formValues: FormValues = useMemo(
    () => Object.fromEntries(fields.map((field) => [field.name, values[field.name] ?? emptyInput(field.widget)])),
    [fields, values],
  );
  const title = typeof formValues.title === 'string' ? formValues.title.trim() : '';
  const file = itemFilePath(docsPath, kind, title);
  const check = useMemo(
    () => checkContribution({kind, fields, values: formValues, body, schemas, locale, file, themeRefs}),
    [kind, fields, formValues, body, schemas, locale, file, themeRefs],
  );
  const text = useMemo(() => renderItemFile({frontMatter: check.frontMatter, body}), [check.frontMatter, body]);
  const exportable = isExportable(check);
  const gitHubUrl = repository === undefined ? undefined : newFileUrlWithinLimit({repository, branch, path: file, text});

  const targeted = useMemo(() => {
    const byTarget = new Map<string, Problem[]>();
    for (const problem of check.problems) {
      const target = problem.field === undefined ? bodyId : targetOf(problem.field, fields);
      byTarget.set(target, [...(byTarget.get(target) ?? []), problem]);
    }
    return byTarget;
  }, [check.problems, fields]);
  const problemsOf = (target: string): readonly Problem[] => (touched.has(target) ? (targeted.get(target) ?? []) : []);
  const touch = (target: string): void => setTouched((current) => (current.has(target) ? current : new Set([...current, target])));

  const chooseKind = (next: ItemKind): void => {
    setKind(next);
    if (!bodyEdited) setBody(bodyTemplate(next, locale, ''));
  };
  const setValue = (name: string, value: FieldInput): void => setValues((current) => ({...current, [name]: value}));

  const sectionHeadings = (requiredSections[kind] ?? []).map((section) => `## ${section.heading[locale]}`);
  const bodyProblems = problemsOf(bodyId);
  const fileName = file.split('/').pop() ?? file;
  const blockers = [...targeted.entries()].flatMap(([target, problems]) => problems.map((problem) => ({target, problem})));
  const blockedCount = blockers.length + check.findings.length;
  const pageTitle = translate({id: 'passerelles.contribute.title', message: 'Proposer une page'});

  const contentFields = fields.filter((field) => !authorshipFields.includes(field.name));
  const authorship = fields.filter((field) => authorshipFields.includes(field.name));
  const renderField = (field: (typeof fields)[number]): React.ReactNode => (
    <Field
      key={`${kind}-${field.name}`}
      field={field}
      value={formValues[field.name] ?? emptyInput(field.widget)}
      onChange={(value) => setValue(field.name, value)}
      problemsOf={problemsOf}
      onTouch={touch}
      themes={themes}
      locale={locale}
    />
  );

  return (
    <Layout title={pageTitle} description={translate({id: 'passerelles.contribute.description', message: 'Écrire une vignette, une offre ou une concertation sans installer quoi que ce soit.'})}>
      <main className="container margin-vert--lg passerelles-contribute">
        <Heading as="h1">{pageTitle}</Heading>
        <p className="passerelles-lead">
          <Translate id="passerelles.contribute.intro">
            Remplissez le formulaire : il vérifie chaque champ comme le site le fera à la publication, et montre la carte de la page. Vous obtenez ensuite le fichier de la page.
          </Translate>
        </p>
        {repository === undefined && (
          <p className="alert alert--info">
            <Translate id="passerelles.contribute.noRepository">
              Ce site ne propose pas de publier directement sur GitHub : téléchargez le fichier et envoyez-le à l'équipe qui tient le site.
            </Translate>
          </p>
        )}
        <div className="row">
          <form className="col col--7 passerelles-contribute__form" noValidate onSubmit={(event) => event.preventDefault()}>
            <div className="passerelles-field">
              <label htmlFor="passerelles-contribute-kind" className="passerelles-field__label">
                <Translate id="passerelles.contribute.kind">Type de page</Translate>
              </label>
              <select id="passerelles-contribute-kind" value={kind} onChange={(event) => isItemKind(event.target.value) && chooseKind(event.target.value)}>
                {contributableKinds.map((option) => (
                  <option key={option} value={option}>
                    {kindLabel(option)}
                  </option>
                ))}
              </select>
            </div>
            <p className="passerelles-field__hint">
              <Translate id="passerelles.contribute.requiredNote">Les champs marqués * sont obligatoires.</Translate>
            </p>
            <fieldset className="passerelles-contribute__group">
              <legend>
                <Translate id="passerelles.contribute.content">Contenu</Translate>
              </legend>
              {contentFields.map(renderField)}
            </fieldset>
            <div className="passerelles-field" onBlur={() => touch(bodyId)}>
              <label htmlFor={bodyId} className="passerelles-field__label">
                <Translate id="passerelles.contribute.body">Texte de la page (Markdown)</Translate>
              </label>
              {sectionHeadings.length > 0 && (
                <p id={`${bodyId}-hint`} className="passerelles-field__hint">
                  <Translate id="passerelles.contribute.bodyHint" values={{headings: sectionHeadings.join(', ')}}>
                    {'Gardez les intertitres {headings} : le site les demande pour ce type de page.'}
                  </Translate>
                </p>
              )}
              <textarea
                id={bodyId}
                className="passerelles-contribute__body"
                rows={14}
                value={body}
                aria-invalid={bodyProblems.length > 0 ? true : undefined}
                aria-describedby={[sectionHeadings.length > 0 ? `${bodyId}-hint` : undefined, bodyProblems.length > 0 ? `${bodyId}-error` : undefined].filter(Boolean).join(' ') || undefined}
                onChange={(event) => {
                  setBody(event.target.value);
                  setBodyEdited(true);
                }}
              />
              {bodyProblems.length > 0 && (
                <p id={`${bodyId}-error`} className="passerelles-field__error">
                  {bodyProblems.map((problem, index) => (
                    <span key={index} data-rule={problem.rule}>
                      {problem.message}
                    </span>
                  ))}
                </p>
              )}
            </div>
            {authorship.length > 0 && (
              <fieldset className="passerelles-contribute__group">
                <legend>
                  <Translate id="passerelles.contribute.authorship">Auteurs et relecture</Translate>
                </legend>
                {authorship.map(renderField)}
              </fieldset>
            )}
          </form>

          <aside className="col col--5 passerelles-contribute__side">
            <section aria-labelledby="passerelles-contribute-preview">
              <Heading as="h2" id="passerelles-contribute-preview">
                <Translate id="passerelles.contribute.preview">Aperçu de la carte</Translate>
              </Heading>
              {check.card === undefined ? (
                <p className="passerelles-field__hint">
                  <Translate id="passerelles.contribute.previewPending">La carte s'affiche dès que les champs obligatoires sont remplis correctement.</Translate>
                </p>
              ) : (
                <div className="passerelles-contribute__preview" data-testid="passerelles-contribute-preview">
                  <PasserellesItemCard item={check.card} now={now} />
                </div>
              )}
            </section>

            <section aria-labelledby="passerelles-contribute-checks">
              <Heading as="h2" id="passerelles-contribute-checks">
                <Translate id="passerelles.contribute.checks">Vérifications</Translate>
              </Heading>
              {exportable ? (
                <p role="status" className="passerelles-contribute__ready">
                  <Translate id="passerelles.contribute.ready">Tout est prêt : le fichier peut être exporté.</Translate>
                </p>
              ) : (
                <p role="status" id="passerelles-contribute-blocked">
                  {selectMessage(
                    blockedCount,
                    translate(
                      {id: 'passerelles.contribute.blocked', message: "Export impossible pour l'instant : 1 point à régler.|Export impossible pour l'instant : {count} points à régler."},
                      {count: blockedCount},
                    ),
                  )}
                </p>
              )}
              {blockers.length > 0 && (
                <ul className="passerelles-contribute__problems" aria-label={translate({id: 'passerelles.contribute.problems', message: 'Champs à corriger'})}>
                  {blockers.map(({target, problem}, index) => {
                    const id = target === bodyId ? bodyId : controlId(target);
                    return (
                      <li key={index} data-rule={problem.rule}>
                        <a
                          href={`#${id}`}
                          onClick={(event) => {
                            touch(target);
                            focusControl(event, id);
                          }}>
                          {target === bodyId ? translate({id: 'passerelles.contribute.bodyShort', message: 'Texte'}) : targetLabel(target)}
                        </a>{' '}
                        : {problem.message}
                      </li>
                    );
                  })}
                </ul>
              )}
              {check.findings.length > 0 && (
                <>
                  <Heading as="h3">
                    <Translate id="passerelles.contribute.findings">Données qui permettraient de reconnaître quelqu'un</Translate>
                  </Heading>
                  <ul className="passerelles-contribute__findings">
                    {check.findings.map((finding, index) => (
                      <li key={index} data-rule={finding.rule}>
                        <a href={`#${findingTarget(finding)}`} onClick={(event) => focusControl(event, findingTarget(finding))}>
                          {findingPlace(finding)}
                        </a>{' '}
                        : {finding.message}
                      </li>
                    ))}
                  </ul>
                  <p className="passerelles-field__hint">
                    <Translate id="passerelles.contribute.findingsNote">
                      Remplacez ces données par une initiale ou une formule vague. Si l'équipe juge une détection sans risque, elle l'autorisera à la relecture.
                    </Translate>
                  </p>
                </>
              )}
            </section>

            <section aria-labelledby="passerelles-contribute-file">
              <Heading as="h2" id="passerelles-contribute-file">
                <Translate id="passerelles.contribute.file">Le fichier</Translate>
              </Heading>
              <p>
                <code data-testid="passerelles-contribute-path">{file}</code>
              </p>
              <div className="passerelles-contribute__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!exportable}
                  aria-describedby={exportable ? undefined : 'passerelles-contribute-blocked'}
                  onClick={() => saveFile(fileName, text)}>
                  <Translate id="passerelles.contribute.download">Télécharger le fichier .md</Translate>
                </button>
                {repository !== undefined &&
                  (exportable && gitHubUrl !== undefined ? (
                    <Link className="button button--secondary" href={gitHubUrl}>
                      <Translate id="passerelles.contribute.propose">Proposer sur GitHub</Translate>
                    </Link>
                  ) : (
                    <button type="button" className="button button--secondary" disabled aria-describedby={exportable ? 'passerelles-contribute-too-long' : 'passerelles-contribute-blocked'}>
                      <Translate id="passerelles.contribute.propose">Proposer sur GitHub</Translate>
                    </button>
                  ))}
              </div>
              {repository !== undefined && gitHubUrl === undefined && (
                <p id="passerelles-contribute-too-long" className="passerelles-field__hint">
                  <Translate id="passerelles.contribute.tooLong">
                    Ce texte est trop long pour être transmis à GitHub par un lien : téléchargez le fichier, puis ajoutez-le au dépôt (bouton « Add file » de GitHub).
                  </Translate>
                </p>
              )}
              {repository !== undefined && (
                <p className="passerelles-field__hint">
                  <Translate id="passerelles.contribute.proposeNote" values={{repository, branch}}>
                    {"GitHub ouvre le fichier dans le dépôt {repository} (branche {branch}) ; enregistrez-le en choisissant « proposer une modification » : l'équipe le relit avant publication."}
                  </Translate>
                </p>
              )}
              <details className="passerelles-contribute__source">
                <summary>
                  <Translate id="passerelles.contribute.showFile">Voir le fichier</Translate>
                </summary>
                <pre>{text}</pre>
              </details>
            </section>
          </aside>
        </div>
      </main>
    </Layout>
  );
}
