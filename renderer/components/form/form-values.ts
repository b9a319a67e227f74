/** Blank text as null, otherwise trimmed text. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Blank as null; otherwise a number (NaN when not one, so the schema reports it). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}
