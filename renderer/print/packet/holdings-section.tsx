import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import { NumHeader } from '../../components/table/num-header';
import type { Formatters } from '../../i18n/format';
import { HoldingsMixChart } from './holdings-mix-chart';
import { columnMoney, percentText, valueChange } from './packet-format';
import { EmptyLine, PacketPart, PacketSection } from './packet-section';

/** What the client holds with us, its value and fees, how the value moved since the last review, and the mix. */
export function HoldingsSection({ number, data, format }: { number: number; data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  const title = t('packet.holdings.title');
  if (data.holdings.length === 0) {
    return (
      <PacketSection id="holdings" number={number} title={title}>
        <EmptyLine>{t('packet.holdings.empty')}</EmptyLine>
      </PacketSection>
    );
  }
  const blank = t('packet.blank');
  const valueMoney = columnMoney(format, [...data.holdings.map((holding) => holding.value), data.totals.value]);
  const feeMoney = columnMoney(format, [...data.holdings.map((holding) => holding.annualFee), data.totals.annualFees]);
  return (
    <PacketSection id="holdings" number={number} title={title}>
      <table className="packet-table packet-holdings" aria-label={t('packet.holdings.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('packet.holdings.columns.name')}</th>
            <th scope="col">{t('packet.holdings.columns.kind')}</th>
            <th scope="col">{t('packet.holdings.columns.provider')}</th>
            <th scope="col">{t('packet.holdings.columns.account')}</th>
            <NumHeader>{t('packet.holdings.columns.value')}</NumHeader>
            <th scope="col">{t('packet.holdings.columns.valuedOn')}</th>
            <NumHeader>{t('packet.holdings.columns.fee')}</NumHeader>
          </tr>
        </thead>
        <tbody>
          {data.holdings.map((holding) => (
            <tr key={holding.id}>
              <th scope="row">{holding.name}</th>
              <td>{t(`clientPage.holdingKinds.${holding.kind}`)}</td>
              <td>{holding.provider || blank}</td>
              <td>{holding.accountEnding ?? blank}</td>
              <td className="num">{holding.value ? valueMoney(holding.value) : t('packet.holdings.notValued')}</td>
              <td className="packet-table__date">{holding.valuedOn ? format.day(holding.valuedOn) : blank}</td>
              <td className="num">{feeMoney(holding.annualFee)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="packet-table__total">
            <th scope="row" colSpan={4}>
              {t('packet.holdings.total')}
            </th>
            <td className="num">{valueMoney(data.totals.value)}</td>
            <td />
            <td className="num">{feeMoney(data.totals.annualFees)}</td>
          </tr>
        </tfoot>
      </table>

      <PacketPart title={t('packet.holdings.change.title')}>
        <p className="packet-change">{changeSentence(data, format, t)}</p>
      </PacketPart>

      <PacketPart title={t('packet.holdings.mix.title')} className="packet-mix">
        {data.mix.length === 0 ? (
          <EmptyLine>{t('packet.holdings.mix.noValues')}</EmptyLine>
        ) : (
          <HoldingsMixChart mix={data.mix} format={format} />
        )}
      </PacketPart>
    </PacketSection>
  );
}

function changeSentence(data: PacketData, format: Formatters, t: TFunction): string {
  const change = valueChange(data.totals.value, data.totals.valueAtLastReview);
  if (!change || !data.totals.valueAtLastReview) return t('packet.holdings.change.none');
  const values = {
    amount: format.money(change.amount),
    date: data.lastReviewOn ? format.day(data.lastReviewOn) : t('packet.holdings.change.lastReview'),
    from: format.money(data.totals.valueAtLastReview),
    to: format.money(data.totals.value),
  };
  if (change.direction === 'unchanged') return t('packet.holdings.change.unchanged', values);
  if (change.percent === null) {
    return t(change.direction === 'up' ? 'packet.holdings.change.upNoPercent' : 'packet.holdings.change.downNoPercent', values);
  }
  const percent = percentText(format, change.percent);
  return t(change.direction === 'up' ? 'packet.holdings.change.up' : 'packet.holdings.change.down', { ...values, percent });
}
