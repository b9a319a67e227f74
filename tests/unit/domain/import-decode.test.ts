import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, notCsvReason } from '../../../shared/domain/import/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes: é = E9, £ = A3, “ ” = 93 94. */
const cp1252 = new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x52, 0xe9, 0x6d, 0x79, 0x20, 0xa3, 0x35, 0x20, 0x93, 0x68, 0x69, 0x94]);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name\nRémy £5 ₹')]), 'auto')).toEqual({
      text: 'Name\nRémy £5 ₹',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(utf8('Name\nRémy'), 'auto')).toEqual({ text: 'Name\nRémy', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(cp1252, 'auto')).toEqual({ text: 'Name\nRémy £5 “hi”', encoding: 'windows-1252' });
  });

  it('uses the encoding asked for', () => {
    expect(decodeCsvBytes(utf8('é'), 'windows-1252')).toEqual({ text: 'Ã©', encoding: 'windows-1252' });
    expect(decodeCsvBytes(cp1252, 'utf-8').text).toContain('\ufffd');
  });
});

describe('notCsvReason', () => {
  it('knows workbooks, PDFs and binary files', () => {
    expect(notCsvReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe('spreadsheet');
    expect(notCsvReason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('spreadsheet');
    expect(notCsvReason(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(notCsvReason(new Uint8Array([0x41, 0x00, 0x42]))).toBe('binary');
    expect(notCsvReason(utf8('Name,Email\nAnn,ann@example.com\n'))).toBeNull();
  });
});
