import { useEffect, useRef } from 'react';

/** What counts as someone using the screen. */
const useEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** How often, at most, main hears that the screen is in use: its own lock waits longer than the idle time by more than this. */
export const reportUseEveryMs = 60_000;

/**
 * Calls `onIdle` once nobody has used the keyboard, mouse or touch screen for `idleMinutes`, and
 * `onUse` on use at most once a minute (so main, which locks by itself when the reports stop, knows
 * the screen is in use). Time is read from `Date.now()` when the timer fires, so a computer that
 * slept past the idle time locks as soon as it wakes.
 */
export function useIdleLock({ idleMinutes, onIdle, onUse }: { idleMinutes: number; onIdle: () => void; onUse: () => void }): void {
  // The latest callbacks, without starting the idle time again whenever the caller re-renders.
  const callbacks = useRef({ onIdle, onUse });
  useEffect(() => {
    callbacks.current = { onIdle, onUse };
  });

  useEffect(() => {
    const idleMs = idleMinutes * 60_000;
    let lastUse = Date.now();
    let lastReport = lastUse;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - lastUse;
      if (idle >= idleMs) callbacks.current.onIdle();
      else timer = setTimeout(check, idleMs - idle);
    };
    const used = () => {
      lastUse = Date.now();
      if (lastUse - lastReport < reportUseEveryMs) return;
      lastReport = lastUse;
      callbacks.current.onUse();
    };
    for (const name of useEvents) window.addEventListener(name, used, { capture: true, passive: true });
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of useEvents) window.removeEventListener(name, used, { capture: true });
    };
  }, [idleMinutes]);
}
