import { describe, expect, it } from 'vitest';
import { combinedPacketFileName, numberedFileName, packetFileName, safeFileNamePart } from '../../../shared/domain/packet-files';

describe('packet file names', () => {
  it('names a packet by its day and client', () => {
    expect(packetFileName('2026-03-31', 'The Lee Household')).toBe('2026-03-31 The Lee Household - Review packet.pdf');
    expect(combinedPacketFileName('2026-03-31', 12)).toBe('2026-03-31 Review packets (12 clients).pdf');
    expect(combinedPacketFileName('2026-03-31', 1)).toBe('2026-03-31 Review packets (1 client).pdf');
  });

  it.each([
    ['Smith/Jones: Partners', 'Smith Jones Partners'],
    ['A<b>c"d\\e|f?g*h', 'A b c d e f g h'],
    ['Tab\there\nnewline\u0007bell\u007f', 'Tab here newline bell'],
    ['...Dotted Trust...', 'Dotted Trust'],
    ['  spaced   out  ', 'spaced out'],
    ['Müller-Lüdenscheidt & Søn', 'Müller-Lüdenscheidt & Søn'],
    ['???', ''],
  ])('makes %j safe as %j', (name, safe) => {
    expect(safeFileNamePart(name)).toBe(safe);
  });

  it('caps long names at whole characters, without leaving a dot or space at the end', () => {
    expect(Array.from(safeFileNamePart('😀'.repeat(150)))).toHaveLength(100);
    expect(safeFileNamePart(`${'a'.repeat(99)}. more`)).toBe('a'.repeat(99));
    expect(packetFileName('2026-03-31', '???')).toBe('2026-03-31 Client - Review packet.pdf');
  });

  it('numbers a taken name before its extension', () => {
    expect(numberedFileName('2026-03-31 Lee - Review packet.pdf', 1)).toBe('2026-03-31 Lee - Review packet.pdf');
    expect(numberedFileName('2026-03-31 Lee - Review packet.pdf', 2)).toBe('2026-03-31 Lee - Review packet (2).pdf');
    expect(numberedFileName('README', 3)).toBe('README (3)');
  });
});
