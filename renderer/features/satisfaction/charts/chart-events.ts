import type { ReactNode } from 'react';
import type { MouseHandlerDataParam, TooltipContentProps } from 'recharts';

/** The category (period or group) a click on a chart landed on, if it landed on one. */
export function clickedItem<T>(items: readonly T[], state: MouseHandlerDataParam): T | undefined {
  const index = Number(state.activeTooltipIndex ?? Number.NaN);
  return Number.isInteger(index) ? items[index] : undefined;
}

/**
 * The props that make a chart's categories open what they stand for: a pointer cursor and a click
 * that hands over the clicked row's item. Nothing when the chart has nothing to open.
 */
export function selectableChart<Row, Item>(rows: readonly Row[], itemOf: (row: Row) => Item, onSelect: ((item: Item) => void) | undefined) {
  if (!onSelect) return { className: undefined, onClick: undefined };
  return {
    className: 'sat-clickable',
    onClick: (state: MouseHandlerDataParam) => {
      const row = clickedItem(rows, state);
      if (row) onSelect(itemOf(row));
    },
  };
}

/**
 * A Tooltip's content: the card for the hovered category's data row (Recharts hands it as each
 * entry's payload), or nothing while no category is hovered.
 */
export function tooltipOf<Row>(card: (row: Row) => ReactNode) {
  return ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as Row | undefined;
    return active && row ? card(row) : null;
  };
}
