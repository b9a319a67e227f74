import type { ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditChange } from '../../../shared/model';
import { belongsToHousehold, describeChange, type SummaryLine } from './describe';

/** Where a sentence is read: household names link to their page, except the page being read. */
export interface NameContext {
  clientNames: Readonly<Record<string, string>>;
  /** The household whose page this is; its name is plain text there. */
  currentClientId?: string;
}

/**
 * The household a sentence names, as the `<client/>` of its translation: a link to the client
 * page. Passed as an element, never interpolated, so a name with `<` or `&` is shown as typed.
 */
function clientElement(clientId: string | undefined, { clientNames, currentClientId }: NameContext): ReactElement | null {
  const name = clientId === undefined ? undefined : clientNames[clientId];
  if (clientId === undefined || name === undefined) return null;
  if (clientId === currentClientId) return <span className="act-client">{name}</span>;
  return (
    <Link to={`/clients/${clientId}`} className="act-client">
      {name}
    </Link>
  );
}

/** One change as a sentence: "Created a task for Okafor Household", "Changed the settings". */
export function ChangeSentence({ change, names }: { change: AuditChange; names: NameContext }) {
  const { t } = useTranslation();
  const described = describeChange(change);
  const client = clientElement(described.clientId, names);
  if (described.op === 'set') return <>{t(`activity.change.${described.what}.set`)}</>;
  const { what, op } = described;
  if (client && belongsToHousehold(what)) {
    return <Trans t={t} i18nKey={`activity.change.${what}.${op}`} context="client" components={{ client }} />;
  }
  return <>{t(`activity.change.${what}.${op}`)}</>;
}

/** One line of a many-change summary: "Created 120 people and 60 households". */
export function SummarySentence({ line, names }: { line: SummaryLine; names: NameContext }) {
  const { t } = useTranslation();
  const things = line.things.map(({ what, count }) => t(`activity.things.${what}`, { count }));
  if (line.op === 'set') return <>{t('activity.summary.set', { things })}</>;
  const client = clientElement(line.clientId, names);
  return (
    <Trans
      t={t}
      i18nKey={`activity.summary.${line.op}`}
      context={client ? 'client' : undefined}
      values={{ things }}
      components={client ? { client } : undefined}
    />
  );
}
