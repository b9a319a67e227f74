import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'success' | 'warning' | 'danger' | 'muted' | 'tier-a' | 'tier-b' | 'tier-c';

export function Badge({ tone, children, label }: { tone: BadgeTone; children: ReactNode; label?: string }) {
  return (
    <span className={`badge badge--${tone}`} aria-label={label}>
      {children}
    </span>
  );
}
