import type { ClientDetail } from '../../../shared/model';

/** The client's health score and why (being built: issue 5). */
export function HealthSection(_props: { detail: ClientDetail }) {
  return null;
}
