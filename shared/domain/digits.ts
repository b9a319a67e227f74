/** Zeros of the decimal digits people may type besides 0-9: Arabic-Indic, Devanagari, Bengali… fullwidth. */
const zeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0xff10];
const otherDigit = new RegExp(
  `[${zeros.map((zero) => `\\u${zero.toString(16).padStart(4, '0')}-\\u${(zero + 9).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** `text` with digits of other scripts as 0-9: "१३,३२,८६,५३९" → "13,32,86,539". */
export function latinDigits(text: string): string {
  return text.replace(otherDigit, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code - zeros.findLast((zero) => code >= zero)!);
  });
}
