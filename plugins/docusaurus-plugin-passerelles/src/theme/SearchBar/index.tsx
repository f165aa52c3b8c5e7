import React, {useId, useMemo, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import type {ResultHit, ThemeHit} from '../../shared/search/types';
import {kindLabel} from '../PasserellesLabels';
import {searchPageUrl, useSearchPath, useSearchResponse, useSearcher} from '../PasserellesSearch';
import {useNow} from '../PasserellesClock';

type Option = {kind: 'theme'; hit: ThemeHit} | {kind: 'item'; hit: ResultHit} | {kind: 'all'};

const suggestionCount = 6;

/**
 * The navbar search box: themes first (a query that names a theme leads to its
 * hub), then items. A combobox: arrows move, Enter opens, Escape closes.
 */
export default function SearchBar(): React.ReactNode {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const {state, load} = useSearcher();
  const history = useHistory();
  const searchPath = useSearchPath();
  const listId = useId();
  const now = useNow(new Date(0).toISOString());
  const input = useRef<HTMLInputElement>(null);

  const response = useSearchResponse(state, query.trim() === '' ? undefined : {query, limit: suggestionCount, now});
  const options: Option[] = useMemo(
    () =>
      response === undefined
        ? []
        : [
            ...response.themes.map((hit): Option => ({kind: 'theme', hit})),
            ...response.results.map((hit): Option => ({kind: 'item', hit})),
            {kind: 'all'},
          ],
    [response],
  );
  const allResultsUrl = searchPageUrl(searchPath, {q: query});
  const targetOf = (option: Option): string => (option.kind === 'all' ? allResultsUrl : option.hit.permalink);
  const go = (url: string): void => {
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    history.push(url);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (query.trim() !== '') go(option === undefined ? allResultsUrl : targetOf(option));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (index: number): string => `${listId}-option-${index}`;
  const ambiguous = response?.themes.some((hit) => hit.ambiguous) === true;
  const expanded = open && query.trim() !== '';

  return (
    <div className="passerelles-searchbar" onBlur={(event) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
    }}>
      <input
        ref={input}
        type="search"
        className="passerelles-searchbar__input"
        role="combobox"
        aria-label={translate({id: 'passerelles.search.label', message: 'Rechercher dans Passerelles'})}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        placeholder={translate({id: 'passerelles.search.placeholder', message: 'Thème, mot, sigle...'})}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div className="passerelles-searchbar__panel">
          {state.status === 'loading' && (
            <p className="passerelles-searchbar__status">
              <Translate id="passerelles.search.loading">Chargement de l'index...</Translate>
            </p>
          )}
          {state.status === 'failed' && (
            <p className="passerelles-searchbar__status">
              <Translate id="passerelles.search.failed">La recherche n'a pas pu être chargée. Réessayez plus tard.</Translate>
            </p>
          )}
          {ambiguous && (
            <p className="passerelles-searchbar__status">
              <Translate id="passerelles.search.ambiguous">Ce terme désigne plusieurs thématiques : choisissez la vôtre.</Translate>
            </p>
          )}
          <ul id={listId} role="listbox" className="passerelles-searchbar__list" aria-label={translate({id: 'passerelles.search.suggestions', message: 'Suggestions'})}>
            {options.map((option, index) => (
              <li
                key={option.kind === 'all' ? 'all' : `${option.kind}-${option.hit.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'passerelles-searchbar__option passerelles-searchbar__option--active' : 'passerelles-searchbar__option'}>
                <Link to={targetOf(option)} tabIndex={-1} onClick={() => setOpen(false)} onMouseDown={(event) => event.preventDefault()}>
                  {option.kind === 'theme' && (
                    <>
                      <span className="badge badge--primary">
                        <Translate id="passerelles.search.theme">Thématique</Translate>
                      </span>{' '}
                      <strong>{option.hit.label}</strong>
                      {option.hit.ambiguous && <span className="passerelles-searchbar__note">{option.hit.scopeNote}</span>}
                    </>
                  )}
                  {option.kind === 'item' && (
                    <>
                      <span className="badge badge--secondary">{kindLabel(option.hit.kind)}</span> {option.hit.title}
                    </>
                  )}
                  {option.kind === 'all' && (
                    <Translate id="passerelles.search.all" values={{query}}>
                      {'Tous les résultats pour « {query} »'}
                    </Translate>
                  )}
                </Link>
              </li>
            ))}
          </ul>
          {response !== undefined && response.results.length === 0 && response.themes.length === 0 && (
            <p className="passerelles-searchbar__status">
              <Translate id="passerelles.search.none">Aucun résultat. Essayez un autre mot ou parcourez les thématiques.</Translate>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
