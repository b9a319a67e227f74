/**
 * Okabe–Ito colours: told apart by readers with the common colour-vision deficiencies. Every
 * series also differs by marker, dash or pattern and is named in a legend, never by colour alone.
 * The grey and the pink are a shade darker than Okabe–Ito's, to stand 3:1 against the white plot.
 */
export const palette = {
  nps: '#0072B2',
  csat: '#C0609A',
  promoters: '#009E73',
  passives: '#8A8A8A',
  detractors: '#D55E00',
} as const;

/** How pale a low-confidence bar is drawn: still there, clearly less certain. */
export const lowConfidenceOpacity = 0.35;

/** The plot's grid lines, light enough to read through. */
export const gridStroke = '#e3e7ec';

/** A bar drawn at full strength, or pale (and told apart by class) when it rests on too few answers. */
export function barLook(lowConfidence: boolean) {
  return { className: lowConfidence ? 'sat-bar sat-bar--low' : 'sat-bar', fillOpacity: lowConfidence ? lowConfidenceOpacity : 1 };
}
