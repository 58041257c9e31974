import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element once the next render has put it on the page: the name input of an item just
 * added, or the move button of an item just moved (its fallbacks when that button is now disabled).
 */
export function useFocusLater(): (...ids: string[]) => void {
  const [pending, setPending] = useState<string[] | null>(null);

  useEffect(() => {
    if (!pending) return;
    for (const id of pending) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        break;
      }
    }
    setPending(null);
  }, [pending]);

  return useCallback((...ids: string[]) => setPending(ids), []);
}
