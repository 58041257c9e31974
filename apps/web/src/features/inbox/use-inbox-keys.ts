import { useEffect, useRef } from 'react';

/** Whether a key press is typing (in a field) rather than a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key shortcuts of the inbox (`j`, `k`, `r`, `e`): ignored while typing, with a modifier key, or
 * while a dialog is open.
 */
export function useInboxKeys(handlers: Partial<Record<'j' | 'k' | 'r' | 'e', () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key !== 'j' && key !== 'k' && key !== 'r' && key !== 'e') return;
      const handler = ref.current[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
