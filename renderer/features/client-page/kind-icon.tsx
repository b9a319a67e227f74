import type { Interaction } from '../../../shared/model';

type Kind = Interaction['kind'];

/** Simple line icons, drawn with presentation attributes only (the CSP allows no inline styles). */
const paths: Record<Kind, string> = {
  call: 'M5 3h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L13 10.5l4 1.5v3a2 2 0 0 1-2 2A12 12 0 0 1 3 5a2 2 0 0 1 2-2z',
  meeting:
    'M7 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm6 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2.5 16c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5m-1-3.2A4.5 4.5 0 0 1 17.5 16',
  email: 'M3 5h14v10H3zM3 5l7 6 7-6',
  message: 'M3 4h14v9H8l-4 3v-3H3z',
  note: 'M5 3h7l3 3v11H5zM12 3v3h3M7.5 10h5M7.5 13h5',
  complaint: 'M10 3l8 14H2zM10 8v4M10 14.5v.5',
};

export function KindIcon({ kind }: { kind: Kind }) {
  return (
    <svg className="cp-kind-icon__svg" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
