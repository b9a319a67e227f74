import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import type { Formatters } from '../../i18n/format';
import { EmptyLine, PacketPart, PacketSection } from './packet-section';

/** What happened since the last review (or in the last 12 months): conversations, requests and work done. */
export function SinceSection({ number, data, format }: { number: number; data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  const { interactions, requestsOpened, requestsResolved, tasksCompleted } = data.since;
  const to = format.day(data.asOf);
  return (
    <PacketSection id="since" number={number} title={data.lastReviewOn ? t('packet.since.title') : t('packet.since.titleNoReview')}>
      <p className="packet-lead">
        {data.lastReviewOn
          ? t('packet.since.period', { from: format.day(data.lastReviewOn), to })
          : t('packet.since.periodNoReview', { to })}
      </p>

      <PacketPart title={t('packet.since.interactions.title')}>
        {interactions.length === 0 ? (
          <EmptyLine>{t('packet.since.interactions.empty')}</EmptyLine>
        ) : (
          <table className="packet-table" aria-label={t('packet.since.interactions.title')}>
            <thead>
              <tr>
                <th scope="col" className="packet-table__date">
                  {t('packet.since.date')}
                </th>
                <th scope="col">{t('packet.since.interactions.kind')}</th>
                <th scope="col">{t('packet.since.interactions.summary')}</th>
                <th scope="col">{t('packet.since.interactions.by')}</th>
              </tr>
            </thead>
            <tbody>
              {interactions.map((interaction, index) => (
                <tr key={index}>
                  <td className="packet-table__date">{format.day(interaction.on)}</td>
                  <td>{t(`clientPage.kinds.${interaction.kind}`)}</td>
                  <td className="packet-table__text">{interaction.summary}</td>
                  <td>{interaction.byName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PacketPart>

      <PacketPart title={t('packet.since.opened.title')}>
        {requestsOpened.length === 0 ? (
          <EmptyLine>{t('packet.since.opened.empty')}</EmptyLine>
        ) : (
          <table className="packet-table" aria-label={t('packet.since.opened.title')}>
            <thead>
              <tr>
                <th scope="col" className="packet-table__date">
                  {t('packet.since.date')}
                </th>
                <th scope="col">{t('packet.since.opened.type')}</th>
                <th scope="col">{t('packet.since.opened.summary')}</th>
                <th scope="col">{t('packet.since.opened.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requestsOpened.map((request, index) => (
                <tr key={index}>
                  <td className="packet-table__date">{format.day(request.on)}</td>
                  <td>{t(`requests.types.${request.type}`)}</td>
                  <td className="packet-table__text">{request.summary}</td>
                  <td>{t(`requests.statuses.${request.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PacketPart>

      <PacketPart title={t('packet.since.resolved.title')}>
        {requestsResolved.length === 0 ? (
          <EmptyLine>{t('packet.since.resolved.empty')}</EmptyLine>
        ) : (
          <table className="packet-table" aria-label={t('packet.since.resolved.title')}>
            <thead>
              <tr>
                <th scope="col" className="packet-table__date">
                  {t('packet.since.date')}
                </th>
                <th scope="col">{t('packet.since.resolved.type')}</th>
                <th scope="col">{t('packet.since.resolved.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {requestsResolved.map((request, index) => (
                <tr key={index}>
                  <td className="packet-table__date">{format.day(request.on)}</td>
                  <td>{t(`requests.types.${request.type}`)}</td>
                  <td className="packet-table__text">{request.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PacketPart>

      <PacketPart title={t('packet.since.tasks.title')}>
        {tasksCompleted.length === 0 ? (
          <EmptyLine>{t('packet.since.tasks.empty')}</EmptyLine>
        ) : (
          <table className="packet-table" aria-label={t('packet.since.tasks.title')}>
            <thead>
              <tr>
                <th scope="col" className="packet-table__date">
                  {t('packet.since.date')}
                </th>
                <th scope="col">{t('packet.since.tasks.task')}</th>
                <th scope="col">{t('packet.since.tasks.by')}</th>
              </tr>
            </thead>
            <tbody>
              {tasksCompleted.map((task, index) => (
                <tr key={index}>
                  <td className="packet-table__date">{format.day(task.on)}</td>
                  <td className="packet-table__text">{task.title}</td>
                  <td>{task.byName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PacketPart>
    </PacketSection>
  );
}
