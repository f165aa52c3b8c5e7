/**
 * The widgets of the contribution form, one per kind of field the schemas
 * describe, each labelled, with its hint and its problems tied to it
 * (`aria-describedby`, `aria-invalid`).
 */
import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {emptyEntry, emptyInput, fieldsetOf, isCostInput, type CostInput, type FieldInput, type FormField, type GroupEntry} from '../../model/contribution';
import {expectation, type MessageLocale} from '../../model/messages';
import type {Problem} from '../../model/problems';
import type {ThemeRef} from '../../shared/cards';
import {
  accessChannels,
  basins,
  formats,
  offerLanguages,
  referralSources,
  reviewStatuses,
  structureTypes,
  type AccessChannel,
  type Basin,
  type Format,
  type OfferLanguage,
  type ReferralSource,
  type ReviewStatus,
  type StructureType,
} from '../../shared/kinds';
import {basinLabel, formatLabel, languageLabel} from '../PasserellesLabels';
import {channelLabel, referralLabel, structureTypeLabel} from '../PasserellesStructureLabels';

export function fieldLabel(name: string): string {
  switch (name) {
    case 'title':
      return translate({id: 'passerelles.contribute.field.title', message: 'Titre'});
    case 'summary':
      return translate({id: 'passerelles.contribute.field.summary', message: 'Résumé'});
    case 'themes':
      return translate({id: 'passerelles.contribute.field.themes', message: 'Thématiques'});
    case 'publics':
      return translate({id: 'passerelles.contribute.field.publics', message: 'Publics concernés'});
    case 'organizer':
      return translate({id: 'passerelles.contribute.field.organizer', message: 'Organisé par'});
    case 'audience':
      return translate({id: 'passerelles.contribute.field.audience', message: 'Pour qui'});
    case 'languages':
      return translate({id: 'passerelles.contribute.field.languages', message: 'Langues'});
    case 'basin':
      return translate({id: 'passerelles.contribute.field.basin', message: 'Bassin'});
    case 'format':
      return translate({id: 'passerelles.contribute.field.format', message: 'Format'});
    case 'cost':
      return translate({id: 'passerelles.contribute.field.cost', message: 'Prix'});
    case 'registration':
      return translate({id: 'passerelles.contribute.field.registration', message: "Lien d'inscription"});
    case 'sessions':
      return translate({id: 'passerelles.contribute.field.sessions', message: 'Séances'});
    case 'start':
      return translate({id: 'passerelles.contribute.field.start', message: 'Début'});
    case 'end':
      return translate({id: 'passerelles.contribute.field.end', message: 'Fin'});
    case 'location':
      return translate({id: 'passerelles.contribute.field.location', message: 'Lieu'});
    case 'recurrence':
      return translate({id: 'passerelles.contribute.field.recurrence', message: 'Récurrence'});
    case 'date':
      return translate({id: 'passerelles.contribute.field.date', message: 'Date'});
    case 'number':
      return translate({id: 'passerelles.contribute.field.number', message: 'Numéro'});
    case 'participants':
      return translate({id: 'passerelles.contribute.field.participants', message: 'Nombre de participant·es'});
    case 'authors':
      return translate({id: 'passerelles.contribute.field.authors', message: 'Auteurs ou autrices'});
    case 'organization':
      return translate({id: 'passerelles.contribute.field.organization', message: 'Structure'});
    case 'status':
      return translate({id: 'passerelles.contribute.field.status', message: 'Relecture'});
    case 'reviewers':
      return translate({id: 'passerelles.contribute.field.reviewers', message: 'Relu par'});
    case 'type':
      return translate({id: 'passerelles.structures.field.type', message: 'Type de structure'});
    case 'basins':
      return translate({id: 'passerelles.structures.field.basins', message: 'Bassins'});
    case 'access':
      return translate({id: 'passerelles.structures.field.access', message: 'Accès'});
    case 'criteria':
      return translate({id: 'passerelles.structures.field.criteria', message: 'Qui peut être orienté, et à quelles conditions'});
    case 'referral':
      return translate({id: 'passerelles.structures.field.referral', message: 'Qui peut faire la demande'});
    case 'channels':
      return translate({id: 'passerelles.structures.field.channels', message: 'Premier contact'});
    case 'waiting':
      return translate({id: 'passerelles.structures.field.waiting', message: "Délai d'attente"});
    case 'contact':
      return translate({id: 'passerelles.structures.field.contact', message: 'Contact'});
    case 'website':
      return translate({id: 'passerelles.structures.field.website', message: 'Site web'});
    case 'email':
      return translate({id: 'passerelles.structures.field.email', message: 'E-mail'});
    case 'phone':
      return translate({id: 'passerelles.structures.field.phone', message: 'Téléphone'});
    case 'address':
      return translate({id: 'passerelles.structures.field.address', message: 'Adresse'});
    default:
      return name;
  }
}

function statusLabel(status: ReviewStatus): string {
  switch (status) {
    case 'brouillon':
      return translate({id: 'passerelles.contribute.status.brouillon', message: 'Brouillon, pas encore publié'});
    case 'relu':
      return translate({id: 'passerelles.contribute.status.relu', message: 'Relu'});
  }
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

function optionLabel(field: string, value: string): string {
  if (field === 'basin' && isOneOf<Basin>(basins, value)) return basinLabel(value);
  if (field === 'format' && isOneOf<Format>(formats, value)) return formatLabel(value);
  if (field === 'languages' && isOneOf<OfferLanguage>(offerLanguages, value)) return languageLabel(value);
  if (field === 'status' && isOneOf<ReviewStatus>(reviewStatuses, value)) return statusLabel(value);
  if (field === 'type' && isOneOf<StructureType>(structureTypes, value)) return structureTypeLabel(value);
  if (field === 'basins' && isOneOf<Basin>(basins, value)) return basinLabel(value);
  if (field === 'referral' && isOneOf<ReferralSource>(referralSources, value)) return referralLabel(value);
  if (field === 'channels' && isOneOf<AccessChannel>(accessChannels, value)) return channelLabel(value);
  return value;
}

/** What to type, when the widget does not say it: the validation's own words for formats, a tip for the rest. */
function hintOf(field: FormField, locale: MessageLocale): string | undefined {
  switch (field.widget.type) {
    case 'date':
    case 'date-time':
    case 'url':
    case 'integer':
      return field.expectation === undefined ? undefined : expectation(locale, field.expectation);
    case 'list':
      return translate({id: 'passerelles.contribute.hint.list', message: 'Un élément par ligne.'});
    default:
      if (field.name === 'title') return translate({id: 'passerelles.contribute.hint.title', message: 'Il donne aussi son nom au fichier.'});
      if (field.name === 'summary') return translate({id: 'passerelles.contribute.hint.summary', message: 'Une ou deux phrases, affichées sur les cartes et dans la recherche.'});
      if (field.name === 'recurrence') return translate({id: 'passerelles.contribute.hint.recurrence', message: 'Pour un groupe permanent, à la place des séances ou en plus : « un jeudi sur deux ».'});
      return undefined;
  }
}

/** The id of the control a field path leads to: `sessions[0].start` → `passerelles-field-sessions-0-start`. */
export function controlId(target: string): string {
  return `passerelles-field-${target.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

/**
 * The control a problem belongs to, by its field path: a whole field
 * (`themes[1]` → `themes`), or one field of a group entry; a problem of a
 * whole group (`sessions`) goes to the first field of its first entry.
 */
export function targetOf(path: string, fields: readonly FormField[]): string {
  const match = /^([^.[]+)(?:\[(\d+)\])?(?:\.([^.[]+))?/.exec(path);
  const name = match?.[1] ?? path;
  const field = fields.find((candidate) => candidate.name === name);
  if (field?.widget.type === 'fieldset') {
    // `access.referral[0]` → `access.referral`; a problem of the whole object goes to its first field.
    const sub = match?.[3] !== undefined && field.widget.fields.some((candidate) => candidate.name === match[3]) ? match[3] : (field.widget.fields[0]?.name ?? '');
    return `${name}.${sub}`;
  }
  if (field?.widget.type !== 'group') return name;
  const first = field.widget.fields[0]?.name ?? '';
  const sub = match?.[3] !== undefined && field.widget.fields.some((candidate) => candidate.name === match[3]) ? match[3] : first;
  return `${name}[${match?.[2] ?? '0'}].${sub}`;
}

/** One entry of a group, numbered from 1: "Séance 2". */
function entryLabel(group: string, index: number): string {
  const number = String(index + 1);
  if (group === 'sessions') return translate({id: 'passerelles.contribute.session', message: 'Séance {number}'}, {number});
  return `${fieldLabel(group)} ${number}`;
}

/** A readable name for a target: "Séance 1 : Début". */
export function targetLabel(target: string): string {
  const nested = /^([^.[]+)\.([^.[]+)$/.exec(target);
  if (nested?.[1] !== undefined && nested[2] !== undefined) {
    return translate({id: 'passerelles.contribute.entryField', message: '{entry} : {field}'}, {entry: fieldLabel(nested[1]), field: fieldLabel(nested[2])});
  }
  const match = /^([^.[]+)\[(\d+)\]\.(.+)$/.exec(target);
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return fieldLabel(target);
  return translate({id: 'passerelles.contribute.entryField', message: '{entry} : {field}'}, {entry: entryLabel(match[1], Number(match[2])), field: fieldLabel(match[3])});
}

interface FrameProps {
  id: string;
  hint: string | undefined;
  problems: readonly Problem[];
}

function describedBy({id, hint, problems}: FrameProps): string | undefined {
  const ids = [hint === undefined ? undefined : `${id}-hint`, problems.length === 0 ? undefined : `${id}-error`].filter((value) => value !== undefined);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function HintAndProblems({id, hint, problems}: FrameProps): React.ReactNode {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="passerelles-field__hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <p id={`${id}-error`} className="passerelles-field__error">
          {problems.map((problem, index) => (
            <span key={index} data-rule={problem.rule}>
              {problem.message}
            </span>
          ))}
        </p>
      )}
    </>
  );
}

function Label({htmlFor, text, required}: {htmlFor: string; text: string; required: boolean}): React.ReactNode {
  return (
    <label htmlFor={htmlFor} className="passerelles-field__label">
      {text}
      {required && <RequiredMark />}
    </label>
  );
}

/** The visible mark of a required field; assistive technologies read `aria-required` instead. */
function RequiredMark(): React.ReactNode {
  return (
    <span className="passerelles-field__required" aria-hidden="true">
      {' *'}
    </span>
  );
}

export interface FieldProps {
  field: FormField;
  value: FieldInput;
  onChange: (value: FieldInput) => void;
  /** The problems to show, by target (only those of touched controls). */
  problemsOf: (target: string) => readonly Problem[];
  onTouch: (target: string) => void;
  themes: readonly ThemeRef[];
  locale: MessageLocale;
  /** For a field inside a group entry: its target, e.g. `sessions[0].start`. */
  target?: string;
}

const textOf = (value: FieldInput): string => (typeof value === 'string' ? value : '');
const valuesOf = (value: FieldInput): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
const entriesOf = (value: FieldInput): GroupEntry[] => (Array.isArray(value) ? value.filter((entry): entry is GroupEntry => typeof entry === 'object') : []);
const costOf = (value: FieldInput): CostInput => (isCostInput(value) ? value : {free: false, amount: '', note: ''});

/** One field of the form, with the widget its schema calls for. */
export function Field(props: FieldProps): React.ReactNode {
  const {field, value, onChange, problemsOf, onTouch, themes, locale} = props;
  const target = props.target ?? field.name;
  const id = controlId(target);
  const hint = hintOf(field, locale);
  const problems = problemsOf(target);
  const frame = {id, hint, problems};
  const aria = {'aria-describedby': describedBy(frame), 'aria-invalid': problems.length > 0 ? true : undefined, 'aria-required': field.required ? true : undefined};
  const touch = (): void => onTouch(target);
  const label = fieldLabel(field.name);
  const widget = field.widget;

  switch (widget.type) {
    case 'themes':
    case 'choices': {
      const chosen = valuesOf(value);
      const options = widget.type === 'themes' ? themes.map((theme) => ({value: theme.id, label: theme.label})) : widget.options.map((option) => ({value: option, label: optionLabel(field.name, option)}));
      const toggle = (option: string, checked: boolean): void => onChange(checked ? [...chosen, option] : chosen.filter((entry) => entry !== option));
      return (
        <fieldset className={`passerelles-field passerelles-field--${widget.type}`} aria-describedby={describedBy(frame)} onBlur={touch}>
          <legend className="passerelles-field__label">
            {label}
            {field.required && <RequiredMark />}
          </legend>
          <HintAndProblems {...frame} />
          <ul className="passerelles-field__options">
            {options.map((option, index) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    id={index === 0 ? id : `${id}-${option.value}`}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                    aria-invalid={problems.length > 0 ? true : undefined}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />{' '}
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      );
    }
    case 'choice':
      return (
        <div className="passerelles-field" onBlur={touch}>
          <Label htmlFor={id} text={label} required={field.required} />
          <select id={id} value={textOf(value)} onChange={(event) => onChange(event.target.value)} {...aria}>
            <option value="">{translate({id: 'passerelles.contribute.choose', message: '- choisir -'})}</option>
            {widget.options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(field.name, option)}
              </option>
            ))}
          </select>
          <HintAndProblems {...frame} />
        </div>
      );
    case 'cost': {
      const cost = costOf(value);
      return (
        <fieldset className="passerelles-field passerelles-field--cost" aria-describedby={describedBy(frame)} onBlur={touch}>
          <legend className="passerelles-field__label">
            {label}
            {field.required && <RequiredMark />}
          </legend>
          <label>
            <input type="checkbox" id={id} checked={cost.free} onChange={(event) => onChange({...cost, free: event.target.checked})} />{' '}
            <Translate id="passerelles.contribute.cost.free">Gratuit</Translate>
          </label>
          <div className="passerelles-field__row">
            <label htmlFor={`${id}-amount`}>
              <Translate id="passerelles.contribute.cost.amount">Montant en euros</Translate>
            </label>
            <input
              id={`${id}-amount`}
              type="text"
              inputMode="decimal"
              value={cost.amount}
              disabled={cost.free}
              onChange={(event) => onChange({...cost, amount: event.target.value})}
              {...aria}
            />
            <label htmlFor={`${id}-note`}>
              <Translate id="passerelles.contribute.cost.note">Précision (facultatif)</Translate>
            </label>
            <input id={`${id}-note`} type="text" value={cost.note} disabled={cost.free} onChange={(event) => onChange({...cost, note: event.target.value})} />
          </div>
          <HintAndProblems {...frame} />
        </fieldset>
      );
    }
    case 'group': {
      const entries = entriesOf(value);
      const setEntry = (index: number, entry: GroupEntry): void => onChange(entries.map((current, position) => (position === index ? entry : current)));
      return (
        <fieldset className="passerelles-field passerelles-field--group">
          <legend className="passerelles-field__label">
            {label}
            {field.required && <RequiredMark />}
          </legend>
          {entries.map((entry, index) => (
            <fieldset key={index} className="passerelles-field__entry">
              <legend>{entryLabel(field.name, index)}</legend>
              {widget.fields.map((subField) => (
                <Field
                  key={subField.name}
                  {...props}
                  field={subField}
                  target={`${field.name}[${index}].${subField.name}`}
                  value={entry[subField.name] ?? ''}
                  onChange={(subValue) => setEntry(index, {...entry, [subField.name]: textOf(subValue)})}
                />
              ))}
              <button type="button" className="button button--sm button--secondary" onClick={() => onChange(entries.filter((_entry, position) => position !== index))}>
                <Translate id="passerelles.contribute.entry.remove" values={{entry: entryLabel(field.name, index)}}>
                  {'Retirer : {entry}'}
                </Translate>
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--sm button--outline button--primary" onClick={() => onChange([...entries, emptyEntry(widget.fields)])}>
            <Translate id="passerelles.contribute.entry.add" values={{entry: entryLabel(field.name, entries.length)}}>
              {'Ajouter : {entry}'}
            </Translate>
          </button>
        </fieldset>
      );
    }
    case 'fieldset': {
      const nested = fieldsetOf(value);
      return (
        <fieldset className="passerelles-field passerelles-field--fieldset">
          <legend className="passerelles-field__label">
            {label}
            {field.required && <RequiredMark />}
          </legend>
          {widget.fields.map((subField) => (
            <Field
              key={subField.name}
              {...props}
              field={subField}
              target={`${field.name}.${subField.name}`}
              value={nested[subField.name] ?? emptyInput(subField.widget)}
              onChange={(subValue) => onChange({...nested, [subField.name]: subValue})}
            />
          ))}
        </fieldset>
      );
    }
    default: {
      const multiline = (widget.type === 'text' && widget.multiline) || widget.type === 'list';
      const common = {id, value: textOf(value), ...aria};
      return (
        <div className="passerelles-field" onBlur={touch}>
          <Label htmlFor={id} text={label} required={field.required} />
          {multiline ? (
            <textarea {...common} rows={widget.type === 'list' ? 3 : 2} onChange={(event) => onChange(event.target.value)} />
          ) : (
            <input
              {...common}
              type={widget.type === 'url' ? 'url' : 'text'}
              inputMode={widget.type === 'integer' ? 'numeric' : undefined}
              onChange={(event) => onChange(event.target.value)}
            />
          )}
          <HintAndProblems {...frame} />
        </div>
      );
    }
  }
}
