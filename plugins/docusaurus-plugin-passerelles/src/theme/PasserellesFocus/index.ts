import {useEffect, useRef} from 'react';

/**
 * Docusaurus moves the focus to the top of the page on every PUSH navigation
 * (SkipToContent), which a facet click or a filter change is. This puts it back on the control the
 * reader used, or on `fallbackId` when that control is gone (a reset button).
 * Call `remember()` just before navigating.
 */
export function useFocusAcrossNavigation(search: string, fallbackId: string): {remember: () => void} {
  const focusedId = useRef<string | null>(null);
  useEffect(() => {
    const id = focusedId.current;
    if (id === null) return;
    focusedId.current = null;
    // Runs after the layout's own effect (a child of this page), so this focus wins.
    (document.getElementById(id) ?? document.getElementById(fallbackId))?.focus();
  }, [search, fallbackId]);
  return {
    remember: () => {
      focusedId.current = document.activeElement?.id ?? '';
    },
  };
}
