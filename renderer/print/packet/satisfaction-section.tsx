import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HealthReport, PacketData } from '../../../shared/model';
import { useTierNames } from '../../app/tier-names';
import { describeHealthFact } from '../../features/health/describe-health-fact';
import { NumHeader } from '../../components/table/num-header';
import type { Formatters } from '../../i18n/format';
import { EmptyLine, PacketPart, PacketSection } from './packet-section';
import { SatisfactionChart } from './satisfaction-chart';

type Response = PacketData['satisfaction']['responses'][number];

/** The client's answers to our surveys over time, and (when the packet shows it) the health score and why. */
export function SatisfactionSection({ number, data, format }: { number: number; data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  const { responses, health } = data.satisfaction;
  const blank = t('packet.blank');
  const latest = responses.at(-1);
  return (
    <PacketSection id="satisfaction" number={number} title={t('packet.satisfaction.title')}>
      {responses.length === 0 || !latest ? (
        <EmptyLine>{t('packet.satisfaction.empty')}</EmptyLine>
      ) : (
        <>
          <SatisfactionChart responses={responses} format={format} summary={summaryOf(latest, format, t)} />
          <table className="packet-table packet-table--compact packet-responses" aria-label={t('packet.satisfaction.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('packet.satisfaction.columns.date')}</th>
                <NumHeader>{t('packet.satisfaction.columns.nps')}</NumHeader>
                <NumHeader>{t('packet.satisfaction.columns.csat')}</NumHeader>
              </tr>
            </thead>
            <tbody>
              {responses.map((response, index) => (
                <tr key={index}>
                  <th scope="row">{format.day(response.on)}</th>
                  <td className="num">{response.nps === null ? blank : format.number(response.nps)}</td>
                  <td className="num">{response.csat === null ? blank : format.number(response.csat)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {health && <HealthPart report={health} tier={data.client.tier} tierName={data.client.tierName} format={format} />}
    </PacketSection>
  );
}

/** "Latest answer on Mar 12, 2026: likely to recommend us 9 out of 10; satisfied 5 out of 5." */
function summaryOf(latest: Response, format: Formatters, t: TFunction): string {
  const scores = [
    latest.nps === null ? null : t('packet.satisfaction.npsScore', { score: format.number(latest.nps) }),
    latest.csat === null ? null : t('packet.satisfaction.csatScore', { score: format.number(latest.csat) }),
  ].filter((score): score is string => score !== null);
  const [first = '', second] = scores;
  const text = second === undefined ? first : t('packet.satisfaction.scoresJoin', { first, second });
  return t('packet.satisfaction.summary', { date: format.day(latest.on), scores: text });
}

function HealthPart({
  report,
  tier,
  tierName,
  format,
}: {
  report: HealthReport;
  tier: PacketData['client']['tier'];
  tierName: string;
  format: Formatters;
}) {
  const { t } = useTranslation();
  // The print route has no settings loaded; the packet already carries what the firm calls this client's tier.
  const tierNames = { ...useTierNames(), [tier]: tierName };
  return (
    <PacketPart title={t('packet.satisfaction.health.title')} className="packet-health">
      <p className="packet-health__score">
        {t('packet.satisfaction.health.score', { score: format.number(report.score), band: t(`health.bands.${report.band}`) })}
      </p>
      <h4 className="packet-health__why">{t('packet.satisfaction.health.why')}</h4>
      <ul className="packet-health__parts">
        {report.parts.map((part) => (
          <li key={part.key}>
            {t('packet.satisfaction.health.part', {
              part: t(`health.parts.${part.key}`),
              // Parts may carry fractions; whole points read better and the total is whole anyway.
              points: format.number(Math.round(part.points)),
              max: format.number(Math.round(part.max)),
              fact: describeHealthFact(part.fact, t, format, tierNames),
            })}
          </li>
        ))}
      </ul>
    </PacketPart>
  );
}
