import type { TrendPoint } from '../../../../shared/model';

export interface NpsTrendChartProps {
  /** The chart's visible title (also its accessible name). */
  title: string;
  points: readonly TrendPoint[];
  /** Also draw CSAT on the same chart (second axis). */
  showCsat?: boolean;
  height?: number;
}

/** NPS over time, low-confidence points lighter with a note, and a table view (being built: issue 5). */
export function NpsTrendChart(_props: NpsTrendChartProps) {
  return null;
}
