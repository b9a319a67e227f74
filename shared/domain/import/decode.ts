/** Turning the bytes of a chosen file into text: runs in the renderer (mapping screen) and in main alike. */

const utf8Bom = [0xef, 0xbb, 0xbf] as const;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === utf8Bom[0] && bytes[1] === utf8Bom[1] && bytes[2] === utf8Bom[2];
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's text. `auto` reads UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel
 * on Windows saves as "CSV"): a Windows-1252 file with é or £ is almost never valid UTF-8 by chance.
 * A UTF-8 byte order mark is dropped.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf-8' | 'windows-1252',
): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const chosen = encoding === 'auto' ? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252') : encoding;
  const body = chosen === 'utf-8' && hasUtf8Bom(bytes) ? bytes.subarray(utf8Bom.length) : bytes;
  // ignoreBOM: the mark was removed above; a second one would be content.
  const text = chosen === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : decodeWindows1252(body);
  return { text, encoding: chosen };
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ;
 * the five unassigned bytes stay as they are). Decoded by hand: Node's TextDecoder reads the
 * "windows-1252" label as Latin-1, turning curly quotes into control characters.
 */
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80]! : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const sniffBytes = 8 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Why the file is clearly not CSV text, so the screen can say so instead of showing garbage:
 * an Excel workbook (XLSX is a ZIP, XLS an OLE file), a PDF, or other binary data (NUL bytes).
 */
export function notCsvReason(bytes: Uint8Array): 'spreadsheet' | 'pdf' | 'binary' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'spreadsheet';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return bytes.subarray(0, sniffBytes).includes(0) ? 'binary' : null;
}
