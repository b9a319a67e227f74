/** Tick text for every chart on screen: the muted text colour, small. */
export const axisTick = { fontSize: 12, fill: '#55616f' };

/** The room around a chart's plot, so the outermost ticks and markers are not clipped. */
export const chartMargin = { top: 8, right: 8, bottom: 8, left: 8 };

/** How many category ticks at most; more would overlap at a card's width. */
const maxCategoryTicks = 5;

/**
 * An axis title: under the x-axis, or turned along a y-axis and centred on it, in the look of the
 * ticks beside it (the screen's by default; paper has its own).
 */
export function axisLabel(value: string, side: 'bottom' | 'left' | 'right', tick: { fontSize: number; fill: string } = axisTick) {
  const look = { value, fill: tick.fill, fontSize: tick.fontSize };
  if (side === 'bottom') return { ...look, position: 'insideBottom' as const };
  return {
    ...look,
    angle: side === 'left' ? -90 : 90,
    position: side === 'left' ? ('insideLeft' as const) : ('insideRight' as const),
    // Recharts anchors a turned label at its start; centre it on the axis instead.
    style: { textAnchor: 'middle' as const },
  };
}

/** Shows every n-th period name so 24 months do not run into each other. */
function categoryTickInterval(count: number): number {
  return Math.max(0, Math.ceil(count / maxCategoryTicks) - 1);
}

/** An x-axis of named categories (periods), thinned so the names do not overlap, with its title under it. */
export function categoryAxis(count: number, title: string) {
  return { dataKey: 'label', height: 48, tick: axisTick, interval: categoryTickInterval(count), label: axisLabel(title, 'bottom') };
}

const dayMs = 24 * 60 * 60 * 1000;

/** How many dates a time axis names; more would run into each other at a card's or a page's width. */
const timeTicks = 5;

/** A day (`YYYY-MM-DD`) as a time on a time axis, so answers sit at their real distance apart. */
export function timeOf(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/**
 * A time axis's domain and ticks: a month's room either side of the times, so no marker sits on an
 * edge (and a single answer still has an axis), and evenly spaced dates.
 */
export function timeAxis(times: readonly number[]) {
  const from = Math.min(...times) - 30 * dayMs;
  const to = Math.max(...times) + 30 * dayMs;
  const step = (to - from) / (timeTicks - 1);
  return { domain: [from, to], ticks: Array.from({ length: timeTicks }, (_, index) => Math.round(from + index * step)) };
}

/** The scales one survey answer is given on: likelihood to recommend 0–10, satisfaction 1–5. */
export const answerScales = {
  nps: { domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] },
  csat: { domain: [1, 5], ticks: [1, 2, 3, 4, 5] },
};
