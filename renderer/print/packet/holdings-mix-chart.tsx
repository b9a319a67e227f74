import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { PacketData } from '../../../shared/model';
import { NumHeader } from '../../components/table/num-header';
import type { Formatters } from '../../i18n/format';
import { chartTick, chartWidth, ink } from './chart-look';
import { percentText, sharesOf } from './packet-format';

const rowHeight = 30;

interface Row {
  label: string;
  value: number;
  /** The figure printed at the end of the bar: the value and its share. */
  text: string;
  money: string;
  share: string;
}

/**
 * The client's value by kind of product as horizontal bars, each named and labelled with its
 * value and share, and the same figures as a small table (the legend in words).
 */
export function HoldingsMixChart({ mix, format }: { mix: PacketData['mix']; format: Formatters }) {
  const { t } = useTranslation();
  const shares = sharesOf(mix.map((entry) => entry.value.amountMinor));
  const rows: Row[] = mix.map((entry, index) => {
    const share = percentText(format, shares[index] ?? 0);
    const money = format.money(entry.value);
    return {
      label: t(`clientPage.holdingKinds.${entry.kind}`),
      value: entry.value.amountMinor,
      text: t('packet.holdings.mix.barLabel', { value: money, share }),
      money,
      share: t('packet.holdings.mix.shareValue', { share }),
    };
  });
  const largest = rows[0];
  const summary = largest ? t('packet.holdings.mix.summary', { kind: largest.label, share: percentText(format, shares[0] ?? 0) }) : '';
  const title = t('packet.holdings.mix.title');

  return (
    <figure className="packet-chart">
      <BarChart
        width={chartWidth}
        height={rowHeight * rows.length + 16}
        data={rows}
        layout="vertical"
        title={title}
        desc={summary}
        margin={{ top: 8, right: 150, bottom: 8, left: 0 }}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="label" width={170} tick={chartTick} axisLine={{ stroke: ink.muted }} tickLine={false} />
        <Bar dataKey="value" fill={ink.bar} barSize={16} isAnimationActive={false}>
          <LabelList dataKey="text" position="right" fontSize={11} fill={ink.text} />
        </Bar>
      </BarChart>
      <figcaption className="packet-chart__summary">{summary}</figcaption>
      <table className="packet-table packet-table--compact packet-mix__legend" aria-label={t('packet.holdings.mix.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('packet.holdings.mix.kind')}</th>
            <NumHeader>{t('packet.holdings.mix.value')}</NumHeader>
            <NumHeader>{t('packet.holdings.mix.share')}</NumHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.money}</td>
              <td className="num">{row.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
