import {useEffect, useMemo, useRef} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * Docusaurus moves the focus to the top of the page on every PUSH navigation
 * (SkipToContent), which a facet click or a filter change is. This puts it back on the control the
 * reader used, or on `fallbackId` when that control is gone or disabled (a reset button).
 * Call `remember()` just before navigating.
 */
function useFocusAcrossNavigation(search: string, fallbackId: string): {remember: () => void} {
  const focusedId = useRef<string | null>(null);
  useEffect(() => {
    const id = focusedId.current;
    if (id === null) return;
    focusedId.current = null;
    // Runs after the layout's own effect (a child of this page), so this focus wins.
    const control = id === '' ? null : document.getElementById(id);
    // A disabled control (a reset button once nothing is left to reset) cannot take the focus.
    const target = control === null || control.matches(':disabled') ? document.getElementById(fallbackId) : control;
    target?.focus();
  }, [search, fallbackId]);
  return {
    remember: () => {
      focusedId.current = document.activeElement?.id ?? '';
    },
  };
}

export interface QueryState<State> {
  state: State;
  /**
   * Goes to the address of `next`: a new history entry, which Back undoes; with `replace`, the
   * current entry changes instead (for a text being typed, one entry per letter would be useless).
   */
  setState: (next: State, options?: {replace?: boolean}) => void;
}

/**
 * The state of a page kept in its URL query (facets, filters, a search): a link shares the view,
 * Back undoes a change. Every page with filters uses it, so they all behave the same.
 *
 * The static HTML is rendered without a query, so the query is read once the page runs in the
 * browser: the first render matches the server's. `read` turns a query into a state (the empty
 * query into the state of the static page) and must keep its identity between renders (a module
 * function, or one made with useCallback); `write` gives the query of a state ("" or "?…").
 * After a change the keyboard focus returns to the control that made it, or to `focusFallbackId`
 * when that control is gone or disabled (a reset button).
 */
export function useQueryState<State>(read: (search: string) => State, write: (state: State) => string, focusFallbackId: string): QueryState<State> {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const search = isBrowser ? location.search : '';
  const state = useMemo(() => read(search), [read, search]);
  const {remember} = useFocusAcrossNavigation(location.search, focusFallbackId);
  const setState = (next: State, {replace = false}: {replace?: boolean} = {}): void => {
    const target = {pathname: location.pathname, search: write(next)};
    if (replace) {
      history.replace(target);
      return;
    }
    remember();
    history.push(target);
  };
  return {state, setState};
}
