/**
 * How the packet's charts look on paper: a fixed pixel size, so the printout never depends on a
 * window's width, and greys with shapes and dashes, so they read on a black-and-white printer.
 */
export const chartWidth = 600;

export const ink = {
  text: '#000000',
  muted: '#444444',
  grid: '#d0d0d0',
  bar: '#5a5a5a',
  primary: '#000000',
  secondary: '#666666',
} as const;

export const chartTick = { fontSize: 11, fill: ink.text };
