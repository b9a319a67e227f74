/** Tick text for every chart: the muted text colour, small. */
export const axisTick = { fontSize: 12, fill: '#55616f' };

/** How many category ticks at most; more would overlap at a card's width. */
const maxCategoryTicks = 5;

/** An axis title: under the x-axis, or turned along a y-axis and centred on it. */
export function axisLabel(value: string, side: 'bottom' | 'left' | 'right') {
  const look = { value, fill: axisTick.fill, fontSize: axisTick.fontSize };
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
export function categoryTickInterval(count: number): number {
  return Math.max(0, Math.ceil(count / maxCategoryTicks) - 1);
}
