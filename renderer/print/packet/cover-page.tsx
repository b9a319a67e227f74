import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import type { Formatters } from '../../i18n/format';

/** Page 1, alone: the firm, the title, whose review it is and when, and who it is prepared for. */
export function CoverPage({ data, format }: { data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  const meetingOn = data.review?.meetingOn ?? null;
  // The packet is for the people named; a client with none recorded is addressed by its own name.
  const names = data.preparedFor.length > 0 ? data.preparedFor : [data.client.name];
  return (
    <section className="packet-cover" aria-labelledby="packet-cover-title" data-section="cover">
      <header className="packet-cover__firm">
        {data.firm.logo && <img className="packet-cover__logo" src={data.firm.logo} alt="" />}
        <p className="packet-cover__firm-name">{data.firm.name}</p>
      </header>
      <div className="packet-cover__main">
        <p className="packet-cover__kicker">{t('packet.cover.title')}</p>
        <h1 id="packet-cover-title" className="packet-cover__client">
          {data.client.name}
        </h1>
        <p className="packet-cover__date">
          {meetingOn
            ? t('packet.cover.meetingOn', { date: format.day(meetingOn) })
            : t('packet.cover.asOf', { date: format.day(data.asOf) })}
        </p>
      </div>
      <div className="packet-cover__facts">
        <p>{t('packet.cover.manager', { name: data.manager.name })}</p>
        <p>{t('packet.cover.preparedFor', { names })}</p>
        {meetingOn && <p>{t('packet.cover.recordsAsOf', { date: format.day(data.asOf) })}</p>}
      </div>
    </section>
  );
}
