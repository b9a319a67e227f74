/** Whole numbers only; anything else (empty, "1.5", "abc") is NaN so the shared schema rejects it. */
export function wholeNumberOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
