import type { ClientDetail } from '../../../shared/model';

/** The client's satisfaction history, recording a response and its follow-up (being built: issue 5). */
export function SatisfactionSection(_props: { detail: ClientDetail }) {
  return null;
}
