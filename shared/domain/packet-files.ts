/** File names of review packets, safe on Windows and macOS alike. */

/** What Windows or macOS refuse in a file name (macOS only the slash and colon), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const unsafeCharacters = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Long enough for any household name, short enough that a folder path plus the name stays well under Windows' 260. */
const nameMaxCharacters = 100;

/**
 * `text` as part of a file name: unsafe characters become spaces, runs of spaces one, no dots or
 * spaces at either end (Windows drops them), and at most `maxCharacters` whole characters.
 */
export function safeFileNamePart(text: string, maxCharacters = nameMaxCharacters): string {
  const cleaned = text.normalize('NFC').replace(unsafeCharacters, ' ').replace(/\s+/g, ' ');
  const trim = (value: string) => value.replace(/^[.\s]+|[.\s]+$/g, '');
  return trim(Array.from(trim(cleaned)).slice(0, maxCharacters).join(''));
}

/** "2026-03-31 The Lee Household - Review packet.pdf" */
export function packetFileName(asOf: string, clientName: string): string {
  return `${asOf} ${safeFileNamePart(clientName) || 'Client'} - Review packet.pdf`;
}

/** "2026-03-31 Review packets (12 clients).pdf" */
export function combinedPacketFileName(asOf: string, clients: number): string {
  return `${asOf} Review packets (${clients} ${clients === 1 ? 'client' : 'clients'}).pdf`;
}

/** The name to try when the earlier ones are taken: "x.pdf" first (n = 1), then "x (2).pdf", "x (3).pdf"… */
export function numberedFileName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}
