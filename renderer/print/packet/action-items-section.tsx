import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import type { Formatters } from '../../i18n/format';
import { EmptyLine, PacketSection } from './packet-section';

/** What is still to be done, by whom and by when, and when we meet next. */
export function ActionItemsSection({ number, data, format }: { number: number; data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  return (
    <PacketSection id="actions" number={number} title={t('packet.actions.title')}>
      {data.actionItems.length === 0 ? (
        <EmptyLine>{t('packet.actions.empty')}</EmptyLine>
      ) : (
        <table className="packet-table" aria-label={t('packet.actions.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('packet.actions.columns.text')}</th>
              <th scope="col">{t('packet.actions.columns.owner')}</th>
              <th scope="col" className="packet-table__date">
                {t('packet.actions.columns.due')}
              </th>
              <th scope="col">{t('packet.actions.columns.source')}</th>
            </tr>
          </thead>
          <tbody>
            {data.actionItems.map((item, index) => (
              <tr key={index}>
                <td className="packet-table__text">{item.text}</td>
                <td>{item.ownerName}</td>
                <td className="packet-table__date">{item.dueOn ? format.day(item.dueOn) : t('packet.actions.noDueDate')}</td>
                <td>{t(`packet.actions.sources.${item.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="packet-next-review">
        {data.nextReviewOn ? t('packet.actions.nextReview', { date: format.day(data.nextReviewOn) }) : t('packet.actions.noNextReview')}
      </p>
    </PacketSection>
  );
}
