import type { MouseHandlerDataParam } from 'recharts';

/** The category (period or group) a click on a chart landed on, if it landed on one. */
export function clickedItem<T>(items: readonly T[], state: MouseHandlerDataParam): T | undefined {
  const index = Number(state.activeTooltipIndex ?? Number.NaN);
  return Number.isInteger(index) ? items[index] : undefined;
}

/** Recharts hands tooltip content the hovered category's data row as each entry's payload. */
export function hoveredRow<T>(payload: readonly { payload?: unknown }[] | undefined): T | undefined {
  return payload?.[0]?.payload as T | undefined;
}
