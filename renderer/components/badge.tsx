import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'success' | 'warning' | 'danger' | 'muted' | 'tier-a' | 'tier-b' | 'tier-c';

/**
 * `label`: what a screen reader says instead of the short text shown ("Tier A" for "A"). As text,
 * not `aria-label`, which a plain `<span>` may not have: readers skip it or read the shown text.
 */
export function Badge({ tone, children, label }: { tone: BadgeTone; children: ReactNode; label?: string }) {
  return (
    <span className={`badge badge--${tone}`}>
      {label === undefined ? (
        children
      ) : (
        <>
          <span aria-hidden="true">{children}</span>
          <span className="visually-hidden">{label}</span>
        </>
      )}
    </span>
  );
}
