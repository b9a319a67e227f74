// Contrast of the colours that carry meaning (issue 20, measured by axe and by hand): text at
// least 4.5:1 against what it sits on (WCAG 1.4.3), chart marks at least 3:1 against the white
// plot (WCAG 1.4.11).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Read as text: the unit tests' TypeScript project holds no renderer module, and the component
// tests' jsdom reads no stylesheet.
const renderer = path.resolve(import.meta.dirname, '../../renderer');
const tokens = readFileSync(path.join(renderer, 'styles/tokens.css'), 'utf8');
/** The chart palette's series and colours, as renderer/features/satisfaction/charts/palette.ts writes them. */
const palette = Object.fromEntries(
  [
    ...readFileSync(path.join(renderer, 'features/satisfaction/charts/palette.ts'), 'utf8').matchAll(/^\s+(\w+): '(#[0-9a-f]{6})',$/gim),
  ].map((match) => [match[1]!, match[2]!]),
);

function token(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(tokens)?.[1];
  if (!value) throw new Error(`tokens.css has no --${name} colour`);
  return value;
}

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('colour contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('the navigation’s shortcut hints read at 4.5:1 on the bar and on the active item', () => {
    expect(contrast(token('c-nav-muted'), token('c-nav-bg'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('c-nav-muted'), token('c-nav-active-bg'))).toBeGreaterThanOrEqual(4.5);
  });

  it('reads the five series of the palette', () => {
    expect(Object.keys(palette)).toEqual(['nps', 'csat', 'promoters', 'passives', 'detractors']);
  });

  it.each(Object.entries(palette))('the %s series stands 3:1 against the white plot', (_series, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
