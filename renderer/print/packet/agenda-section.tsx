import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import { EmptyLine, PacketSection } from './packet-section';

/** The meeting's agenda as a numbered list: the review's own, else the firm's template. */
export function AgendaSection({ number, agenda }: { number: number; agenda: PacketData['agenda'] }) {
  const { t } = useTranslation();
  return (
    <PacketSection id="agenda" number={number} title={t('packet.agenda.title')}>
      {agenda.length === 0 ? (
        <EmptyLine>{t('packet.agenda.empty')}</EmptyLine>
      ) : (
        <ol className="packet-agenda">
          {agenda.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      )}
    </PacketSection>
  );
}
