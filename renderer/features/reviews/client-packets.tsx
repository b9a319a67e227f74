import { useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localeRegion } from '../../../shared/domain/firm-locale';
import { signsByDefault } from '../../../shared/domain/signers';
import type { IssuedPacket, PacketQuery, Person } from '../../../shared/model';
import { packetRoute } from '../../../shared/print';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { isDesktopApp } from '../../api/desktop';
import { useQuery } from '../../api/use-query';
import { useDescribeError } from '../../components/use-describe-error';
import { ErrorMessage } from '../../components/error-message';
import { TextField } from '../../components/form/text-field';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { useFormatters } from '../../i18n/format';
import { shownLanguage } from '../../i18n/languages';
import { CheckboxField, CheckboxGroup } from '../../components/form/checkbox-fields';
import { NumHeader } from '../../components/table/num-header';
import { FirmLocaleContext } from '../../i18n/firm-locale';
import { isIsoDay } from './review-dates';
import { usePacketFile, type PacketFileAction } from './use-packet-file';
import { useFirmToday } from '../../components/dates';

type Working = 'issue' | 'save' | 'print';

interface Props {
  clientId: string;
  /** The household's people, to choose who signs. */
  people: Person[];
  /** The planned review the packet is for (its agenda and meeting day print); null for a packet on its own. */
  review: { id: string; meetingOn: string | null } | null;
}

/**
 * One client's review packet as of a day: preview it, print it, or save it as a PDF. Every PDF saved
 * is kept as an issued packet, listed below, exactly as it was handed over.
 */
export function ClientPackets({ clientId, people, review }: Props) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const api = useApi();
  const navigate = useNavigate();
  const notify = useNotify();
  const formatDay = useFormatters().day;
  const packetFile = usePacketFile();
  const desktop = isDesktopApp();
  const settings = useQuery('settings:get');
  const issued = useQuery('packets:list', { clientId });
  const today = useFirmToday();
  const [asOf, setAsOf] = useState(today);
  const [asOfError, setAsOfError] = useState<string | undefined>(undefined);
  /** Null follows the firm's setting until the person ticks or unticks the box. */
  const [showHealth, setShowHealth] = useState<boolean | null>(null);
  /** What the packet work is doing now: making it, then saving it. */
  const [stage, setStage] = useState<Working>('print');
  const packetWork = useAction(async (first: Working, work: () => Promise<void>) => {
    setStage(first);
    await work();
  });
  const working = packetWork.busy ? stage : null;
  const { error } = packetWork;
  /** Set when the PDF was made and kept, but handing a copy over failed. */
  const [keptOnly, setKeptOnly] = useState(false);
  const asOfRef = useRef<HTMLInputElement>(null);
  const health = showHealth ?? settings.data?.packets.showHealth ?? false;
  /** Null follows main's choice (the adults who are parties, on the packet's day) until the person ticks or unticks someone. */
  const [chosenSigners, setChosenSigners] = useState<string[] | null>(null);
  const signerIds = chosenSigners ?? undefined;

  const checkAsOf = (): boolean => {
    if (isIsoDay(asOf)) {
      setAsOfError(undefined);
      return true;
    }
    setAsOfError(t('reviews.packets.asOfInvalid'));
    asOfRef.current?.focus();
    return false;
  };

  // The packet is in the language of whoever makes it, as the screen they make it from.
  const language = shownLanguage(i18n.language);
  const query: PacketQuery = { clientId, asOf, reviewId: review?.id ?? null, showHealth: health, signerIds, language };
  const route = () => packetRoute(query);

  const run = async (what: Working, work: () => Promise<void>) => {
    if (working || !checkAsOf()) return;
    setKeptOnly(false);
    await packetWork.run(what, work);
  };

  const print = () =>
    run('print', async () => {
      if (!desktop) {
        // The packet's own page has a Print button; the browser prints it from there.
        void navigate(route());
        return;
      }
      const { printed } = await api.invoke('packets:print', query);
      notify(printed ? t('reviews.packets.printed') : t('reviews.packets.printCancelled'));
    });

  const saveAsPdf = () =>
    run('issue', async () => {
      const packet = await api.invoke('packets:issue', query);
      issued.reload();
      setStage('save');
      try {
        await packetFile(packet, desktop ? 'saveCopy' : 'download');
      } catch (failure) {
        setKeptOnly(true);
        throw failure;
      }
    });

  return (
    <div className="rv-packets">
      <h3 className="rv-part__title">{t('reviews.packets.title')}</h3>
      {review?.meetingOn ? <p className="field__hint">{t('reviews.packets.forMeeting', { date: formatDay(review.meetingOn) })}</p> : null}
      <div className="rv-packets__controls">
        <TextField
          ref={asOfRef}
          name="asOf"
          label={t('reviews.packets.asOf')}
          type="date"
          value={asOf}
          error={asOfError}
          onChange={(event) => setAsOf(event.target.value)}
        />
        <CheckboxField name="showHealth" label={t('reviews.packets.includeHealth')} checked={health} onChange={setShowHealth} />
      </div>
      {people.length > 0 && (
        <Signers
          people={people}
          selected={chosenSigners ?? people.filter((person) => signsByDefault(person, isIsoDay(asOf) ? asOf : today)).map((p) => p.id)}
          onChange={setChosenSigners}
        />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={working !== null}
          onClick={() => {
            if (checkAsOf()) void navigate(route());
          }}
        >
          {t('reviews.packets.preview')}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={working !== null} onClick={() => void print()}>
          {t('reviews.packets.print')}
        </button>
        <button type="button" className="button button--primary button--small" disabled={working !== null} onClick={() => void saveAsPdf()}>
          {t('reviews.packets.save')}
        </button>
      </div>
      {working !== null && (
        <p className="rv-working" role="status">
          <span className="loading__spinner" aria-hidden="true" />
          {t(`reviews.packets.working.${working}`)}
        </p>
      )}
      {error ? (
        keptOnly ? (
          <div role="alert" className="alert">
            <p>
              {t('reviews.packets.keptOnly')} {describeError(error)}
            </p>
          </div>
        ) : (
          <ErrorMessage error={error} />
        )
      ) : null}
      <IssuedPackets query={issued} />
    </div>
  );
}

/** Who signs the packet for the client: the adults who are parties are ticked to begin with. */
function Signers({ people, selected, onChange }: { people: Person[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const firm = useContext(FirmLocaleContext);
  // In India those a holding passes to are its nominees, not beneficiaries.
  const hint = firm && localeRegion(firm.locale) === 'IN' ? t('packet.signers.hintNominees') : t('packet.signers.hint');
  return (
    <div className="rv-packets__signers">
      <CheckboxGroup
        legend={t('packet.signers.legend')}
        name="signerIds"
        options={people.map((person) => ({
          value: person.id,
          label: t('packet.signers.person', { name: person.name, relationship: t(`clientPage.relationships.${person.relationship}`) }),
        }))}
        selected={selected}
        onChange={onChange}
      />
      <p className="field__hint">{hint}</p>
    </div>
  );
}

function IssuedPackets({ query }: { query: { data: IssuedPacket[] | undefined; error: unknown; reload: () => void } }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const desktop = isDesktopApp();
  const packetFile = usePacketFile();
  /** The packet and action asked for last: its button shows the work going on. */
  const [target, setTarget] = useState<{ id: string; action: PacketFileAction } | null>(null);
  const fileAction = useAction(packetFile);
  const busy = fileAction.busy ? target : null;
  const failed = fileAction.error;
  const packets = query.data && [...query.data].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt));

  const act = async (packet: IssuedPacket, action: PacketFileAction) => {
    if (busy) return;
    setTarget({ id: packet.id, action });
    await fileAction.run(packet, action);
  };

  const actions: PacketFileAction[] = desktop ? ['open', 'showInFolder', 'saveCopy'] : ['open', 'download'];
  return (
    <div className="rv-issued">
      <h3 className="rv-part__title">{t('reviews.issued.title')}</h3>
      {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {failed ? <ErrorMessage error={failed} /> : null}
      {packets === undefined ? (
        query.error ? null : (
          <Loading label={t('reviews.issued.loading')} />
        )
      ) : packets.length === 0 ? (
        <p className="text-muted">{t('reviews.issued.empty')}</p>
      ) : (
        <div className="rv-table-wrap">
          <table className="data-table rv-issued__table" aria-label={t('reviews.issued.title')}>
            <thead>
              <tr>
                <th scope="col">{t('reviews.issued.generatedAt')}</th>
                <th scope="col">{t('reviews.issued.by')}</th>
                <th scope="col">{t('reviews.issued.asOf')}</th>
                <NumHeader>{t('reviews.issued.size')}</NumHeader>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t('reviews.issued.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {packets.map((packet) => {
                const when = fmt.dateTime(packet.generatedAt);
                return (
                  <tr key={packet.id}>
                    <td className="nowrap">{when}</td>
                    <td>{packet.generatedBy}</td>
                    <td className="nowrap">{fmt.day(packet.asOf)}</td>
                    <td className="num">{fmt.fileSize(packet.bytes)}</td>
                    <td className="actions">
                      {actions.map((action) => (
                        <button
                          key={action}
                          type="button"
                          className="button button--ghost button--small"
                          disabled={busy !== null}
                          aria-label={t(`reviews.issued.${action}Named`, { when })}
                          onClick={() => void act(packet, action)}
                        >
                          {busy?.id === packet.id && busy.action === action ? t('reviews.issued.busy') : t(`reviews.issued.${action}`)}
                        </button>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
