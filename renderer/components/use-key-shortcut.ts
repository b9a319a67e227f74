import { useEffect, useEffectEvent } from 'react';

/** True when a key press belongs to what the user is typing rather than to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A single-key shortcut (like `/` or `n`) for the current screen. Ignored while typing in a field
 * and when a modifier is held, so it never fights text entry or the Alt+digit navigation.
 */
export function useKeyShortcut(key: string, handler: (event: KeyboardEvent) => void) {
  const onShortcut = useEffectEvent(handler);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key.toLowerCase() !== key.toLowerCase() || isTypingTarget(event.target)) return;
      event.preventDefault();
      onShortcut(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
