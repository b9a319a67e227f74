import type { ReactNode } from 'react';

interface Props {
  /** The heading's id (the caller's `useId()`), so a table inside can be labelled by it too. */
  titleId: string;
  title: string;
  hint: string;
  children: ReactNode;
}

/** One part of the dry run that asks for something (problems, duplicates, people to add): a heading, a line of help, then the part. */
export function DryRunSection({ titleId, title, hint, children }: Props) {
  return (
    <section className="imp-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="imp-section__title">
        {title}
      </h3>
      <p className="field__hint">{hint}</p>
      {children}
    </section>
  );
}
