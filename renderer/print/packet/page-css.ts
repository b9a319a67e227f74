import type { PaperSize } from '../../../shared/model';

/**
 * Text as a double-quoted CSS string. The text is user data (a firm or client name), so every
 * character that could end the string or the declaration is escaped:
 * backslash and quotes by a backslash, line breaks and other control characters by their code
 * point, and `<` and `>` too, so the rule stays safe even if it ever lands in a `<style>` element. A hex escape always ends
 * with a space, which CSS consumes, so a following hex-looking letter is not read as part of it.
 */
export function cssString(text: string): string {
  let escaped = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"' || char === "'") escaped += `\\${char}`;
    // NUL cannot be written in CSS at all (it reads as U+FFFD), so say so rather than escape it.
    else if (code === 0) escaped += '\\fffd ';
    else if (code < 0x20 || code === 0x7f || char === '<' || char === '>' || code === 0x2028 || code === 0x2029) {
      escaped += `\\${code.toString(16)} `;
    } else escaped += char;
  }
  return `"${escaped}"`;
}

/** The placeholders a page-number template may hold, as the CSS counters that print them. */
const pagePlaceholder = /\{\{\s*(page|pages)\s*\}\}/g;

/**
 * A page-number template from i18n ("Page {{page}} of {{pages}}") as the value of a CSS `content`
 * property: its words as escaped strings, `{{page}}` and `{{pages}}` as the page counters, in the
 * template's own order (another language may name the total first). Any other text, including
 * an unknown placeholder, is printed as written.
 */
export function pageNumberContent(template: string): string {
  const pieces: string[] = [];
  let from = 0;
  for (const match of template.matchAll(pagePlaceholder)) {
    if (match.index > from) pieces.push(cssString(template.slice(from, match.index)));
    pieces.push(`counter(${match[1]})`);
    from = match.index + match[0].length;
  }
  if (from < template.length || pieces.length === 0) pieces.push(cssString(template.slice(from)));
  return pieces.join(' ');
}

export interface PageCssOptions {
  paper: PaperSize;
  firmName: string;
  clientName: string;
  /** The footer's word for "do not pass on", e.g. "Confidential". */
  confidential: string;
  /** The page-number template, e.g. "Page {{page}} of {{pages}}". */
  pageNumber: string;
}

/** The page margins; the on-screen sheets use the same, so the preview breaks lines as the paper does. */
export const pageMargins = { top: '22mm', right: '18mm', bottom: '22mm', left: '18mm' } as const;

/** The running header and footer: the packet's own serif (packet.css), small and grey. */
const marginBoxLook = `font-family: 'Noto Sans Devanagari', Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Liberation Serif', 'Times New Roman', serif; font-size: 8.5pt; color: #333;`;

/**
 * The packet's `@page` rules: paper size and margins, and on every page the firm and client at
 * the top and "Confidential" and the page number at the bottom, as paged-media margin boxes
 * (Chromium 131 and later print them). The cover page carries the footer only.
 */
export function packetPageCss({ paper, firmName, clientName, confidential, pageNumber }: PageCssOptions): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  const { top, right, bottom, left } = pageMargins;
  return [
    '@page {',
    `  size: ${size} portrait;`,
    `  margin: ${top} ${right} ${bottom} ${left};`,
    `  @top-left { content: ${cssString(firmName)}; ${marginBoxLook} vertical-align: bottom; padding-bottom: 5mm; }`,
    `  @top-right { content: ${cssString(clientName)}; ${marginBoxLook} vertical-align: bottom; padding-bottom: 5mm; }`,
    `  @bottom-left { content: ${cssString(confidential)}; ${marginBoxLook} vertical-align: top; padding-top: 5mm; }`,
    `  @bottom-right { content: ${pageNumberContent(pageNumber)}; ${marginBoxLook} vertical-align: top; padding-top: 5mm; }`,
    '}',
    '@page :first {',
    '  @top-left { content: none; }',
    '  @top-right { content: none; }',
    '}',
  ].join('\n');
}
