/**
 * What a chart of one client's survey answers by date is made of, on screen and on paper alike:
 * each answer at its day, likelihood to recommend (0–10) on the left scale as circles, satisfaction
 * (1–5) on the right as squares. How it looks (colours, ticks, lines) is each chart's own.
 */

/** One answer placed on the time axis; a measure not answered is null and gets no point. */
export interface AnswerPoint {
  time: number;
  nps: number | null;
  csat: number | null;
}

export type AnswerMeasure = 'nps' | 'csat';

const dayMs = 24 * 60 * 60 * 1000;

/** How many dates the time axis names; more would run into each other at a card's or a page's width. */
const timeTicks = 5;

const scales = {
  nps: { orientation: 'left' as const, domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] },
  csat: { orientation: 'right' as const, domain: [1, 5], ticks: [1, 2, 3, 4, 5] },
};

/** A day (`YYYY-MM-DD`) as a time, so answers sit at their real distance apart. */
export function timeOf(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/**
 * The x-axis: a month's room either side of the answers, so no marker sits on an edge (and a single
 * answer still has an axis), with evenly spaced dates named by `formatDay`.
 */
export function dateAxis(points: readonly AnswerPoint[], formatDay: (isoInstant: string) => string) {
  const times = points.map((point) => point.time);
  const from = Math.min(...times) - 30 * dayMs;
  const to = Math.max(...times) + 30 * dayMs;
  const step = (to - from) / (timeTicks - 1);
  return {
    type: 'number' as const,
    dataKey: 'time',
    domain: [from, to],
    ticks: Array.from({ length: timeTicks }, (_, index) => Math.round(from + index * step)),
    tickFormatter: (time: number) => formatDay(new Date(time).toISOString()),
  };
}

/** The y-axis a measure is read on, with its whole answer scale. */
export function answerAxis(measure: AnswerMeasure) {
  return { yAxisId: measure, type: 'number' as const, dataKey: measure, ...scales[measure] };
}

/** A measure's answers as a scatter series on its own axis. */
export function answerSeries(points: readonly AnswerPoint[], measure: AnswerMeasure) {
  return {
    yAxisId: measure,
    dataKey: measure,
    data: points.filter((point) => point[measure] !== null),
    shape: measure === 'nps' ? ('circle' as const) : ('square' as const),
    isAnimationActive: false,
  };
}
