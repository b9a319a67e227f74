import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityEntry } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { NumHeader } from '../../components/table/num-header';
import { ChangeSentence, SummarySentence, type NameContext } from './change-sentence';
import { summarize } from './describe';
import './activity.css';

/**
 * Changes listed under an entry's summary at most. An import can hold thousands; the summary
 * already counts them all, and a list that long is slow to draw and no one reads it.
 */
export const detailsCap = 100;

/** Entries of the audit trail, newest first: number, when, who and what. Used firm-wide and on the client page. */
export function ActivityTable({
  entries,
  label,
  busy = false,
  currentClientId,
}: {
  entries: readonly ActivityEntry[];
  label: string;
  busy?: boolean;
  /** On a client page: that household's name is not a link to the page itself. */
  currentClientId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="act-table-wrap">
      <table className="data-table act-table" aria-label={label} aria-busy={busy}>
        <thead>
          <tr>
            <NumHeader>{t('activity.table.entry')}</NumHeader>
            <th scope="col">{t('activity.table.when')}</th>
            <th scope="col">{t('activity.table.who')}</th>
            <th scope="col">{t('activity.table.what')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <ActivityRow key={entry.n} entry={entry} currentClientId={currentClientId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActivityRow({ entry, currentClientId }: { entry: ActivityEntry; currentClientId: string | undefined }) {
  const fmt = useFormatters();
  return (
    <tr>
      <td className="num act-table__n">{fmt.number(entry.n)}</td>
      <td className="nowrap">
        <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
        <span className="cell-secondary">{fmt.relativeDay(entry.at)}</span>
      </td>
      <td>
        {/* The team member chosen at the workstation, with the computer account it ran under; the account alone before anyone chose. */}
        {entry.member ? (
          <>
            {entry.member.name}
            <span className="cell-secondary">{entry.actor}</span>
          </>
        ) : (
          entry.actor
        )}
      </td>
      <td>
        <EntryDescription entry={entry} names={{ clientNames: entry.clientNames, currentClientId }} />
      </td>
    </tr>
  );
}

/** What an entry did: a whole-book event, one sentence, or a summary with the changes behind it on request. */
function EntryDescription({ entry, names }: { entry: ActivityEntry; names: NameContext }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { changes } = entry;

  if (entry.kind !== 'change') return <p className="act-sentence">{t(`activity.whole.${entry.kind}`)}</p>;
  if (changes.length === 0) return <p className="act-sentence">{t('activity.whole.nothing')}</p>;
  if (changes.length === 1) {
    return (
      <p className="act-sentence">
        <ChangeSentence change={changes[0]!} names={names} />
      </p>
    );
  }

  const shown = changes.slice(0, detailsCap);
  return (
    <div className="act-summary">
      {summarize(changes).map((line) => (
        <p key={line.op} className="act-sentence">
          <SummarySentence line={line} names={names} />
        </p>
      ))}
      <button
        type="button"
        className="button button--ghost button--small act-summary__toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('activity.details.hide') : t('activity.details.show', { count: changes.length })}
      </button>
      {open && (
        <>
          <ul id={listId} className="act-details" aria-label={t('activity.details.label', { n: entry.n })}>
            {shown.map((change, index) => (
              <li key={index}>
                <ChangeSentence change={change} names={names} />
              </li>
            ))}
          </ul>
          {changes.length > shown.length && (
            <p className="text-muted act-details__capped">{t('activity.details.capped', { shown: shown.length, count: changes.length })}</p>
          )}
        </>
      )}
    </div>
  );
}
