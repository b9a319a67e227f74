import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { PacketData } from '../../../shared/model';
import type { PrintState } from '../../../shared/print';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useAdoptedStyleSheet } from './adopted-style-sheet';
import { packetPageCss } from './page-css';
import { PacketDocument } from './packet-document';
import { packetQueryFrom } from './packet-query';
import { usePainted, usePrintState } from './print-state';
import './packet.css';
import { useFirmToday } from '../../components/dates';

/**
 * `#/print/packet/:clientId?asOf=…&review=…&health=1|0`: one client's review packet, for paper or
 * PDF. Whatever prints it waits for `data-print-state="ready"` on `<html>`, set once the packet
 * (charts and logo included) has been painted; 'error' means the packet could not be made.
 */
export function PacketPrintRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { clientId = '' } = useParams();
  const [search] = useSearchParams();
  const packet = useQuery('packets:data', packetQueryFrom(clientId, search, useFirmToday()));
  const pagesRef = useRef<HTMLDivElement>(null);
  const data = packet.data;
  const painted = usePainted(data, pagesRef);

  let state: PrintState = 'loading';
  if (!packet.loading && packet.error) state = 'error';
  else if (!packet.loading && data && painted) state = 'ready';
  usePrintState(state);
  useDocumentTitle(data);
  useAdoptedStyleSheet(
    data
      ? packetPageCss({
          paper: data.firm.paper,
          firmName: data.firm.name,
          clientName: data.client.name,
          confidential: t('packet.confidential'),
          // The placeholders go through as written, to become the CSS page counters.
          pageNumber: t('packet.pageNumber', { page: '{{page}}', pages: '{{pages}}' }),
        })
      : null,
  );

  return (
    <div className={`packet packet--${data?.firm.paper === 'A4' ? 'a4' : 'letter'}`}>
      <nav className="packet-toolbar" aria-label={t('packet.toolbar.label')}>
        <button type="button" className="button button--secondary" onClick={() => void navigate(-1)}>
          {t('packet.toolbar.back')}
        </button>
        <button type="button" className="button button--primary" disabled={state !== 'ready'} onClick={() => window.print()}>
          {t('packet.toolbar.print')}
        </button>
      </nav>
      {state === 'error' && (
        <div className="packet-status">
          <ErrorMessage error={packet.error} onRetry={packet.reload} />
        </div>
      )}
      {!data && state === 'loading' && (
        <div className="packet-status">
          <Loading label={t('packet.loading')} />
        </div>
      )}
      {data && (
        <main className="packet__pages" ref={pagesRef}>
          <PacketDocument data={data} />
        </main>
      )}
    </div>
  );
}

/** Names the window (and so the PDF's title) after the client and the day; the previous title comes back on leaving. */
function useDocumentTitle(data: PacketData | undefined): void {
  const { t } = useTranslation();
  const client = data?.client.name;
  const day = data ? (data.review?.meetingOn ?? data.asOf) : undefined;
  useEffect(() => {
    if (!client || !day) return;
    const previous = document.title;
    document.title = t('packet.documentTitle', { client, date: day });
    return () => {
      document.title = previous;
    };
  }, [client, day, t]);
}
