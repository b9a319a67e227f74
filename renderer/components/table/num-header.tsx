import type { ReactNode } from 'react';

/** A column heading over figures, aligned with them. */
export function NumHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="num">
      {children}
    </th>
  );
}
