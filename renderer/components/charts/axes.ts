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
