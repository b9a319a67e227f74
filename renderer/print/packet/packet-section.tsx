import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One numbered section of the packet; which sheet of paper it starts or joins is up to the document. */
export function PacketSection({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `packet-${id}-title`;
  return (
    <section className={`packet-section packet-section--${id}`} aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId} className="packet-section__title">
        {t('packet.sectionTitle', { number, title })}
      </h2>
      {children}
    </section>
  );
}

/** A part of a section with its own heading; the heading stays with what follows it on paper. */
export function PacketPart({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `packet-part ${className}` : 'packet-part'}>
      <h3 className="packet-part__title">{title}</h3>
      {children}
    </div>
  );
}

/** What a part says when it has nothing to list. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="packet-empty">{children}</p>;
}

/** Empty ruled lines to write on with a pen. */
export function RuledLines({ count, className }: { count: number; className?: string }) {
  return (
    <div className={className ? `packet-lines ${className}` : 'packet-lines'} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="packet-lines__line" />
      ))}
    </div>
  );
}
