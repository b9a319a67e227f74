import { createContext, useContext } from 'react';

/**
 * A fixed chart width in pixels, or null to follow the container. Places without layout (component
 * tests in happy-dom) provide one, since a chart sized from a 0×0 container draws nothing.
 */
export const ChartWidthContext = createContext<number | null>(null);

/** The size props for a Recharts chart: the container's width (or the fixed one) at the given height. */
export function useChartSize(height: number) {
  const fixedWidth = useContext(ChartWidthContext);
  return fixedWidth === null ? { width: '100%' as const, height, responsive: true } : { width: fixedWidth, height, responsive: false };
}
