import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../shared/domain/import/parse';

describe('detectDelimiter', () => {
  it('finds commas, semicolons and tabs outside quotes', () => {
    expect(detectDelimiter('Name,Email\nAnn,ann@example.com\n')).toBe(',');
    expect(detectDelimiter('Name;Value\n"Lee, Ann";1,50\nBo;2,00\n')).toBe(';');
    expect(detectDelimiter('Name\tValue\nAnn\t1,234.50\n')).toBe('\t');
    expect(detectDelimiter('Name\nAnn\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads quoted newlines, doubled quotes and trims header names', () => {
    const text = ' First Name ,Notes\r\nAnn,"said ""hi""\r\nthen left"\r\n\r\nBo,plain\r\n';
    expect(parseCsv(text, ',')).toEqual({
      headers: ['First Name', 'Notes'],
      rows: [
        ['Ann', 'said "hi"\r\nthen left'],
        ['Bo', 'plain'],
      ],
      rowNumbers: [2, 4],
    });
  });

  it('pads short rows, keeps long ones whole, skips empty lines', () => {
    expect(parseCsv('a;b;c\n1\n;;\n1;2;3;4\n', ';')).toEqual({
      headers: ['a', 'b', 'c'],
      rows: [
        ['1', '', ''],
        ['1', '2', '3', '4'],
      ],
      rowNumbers: [2, 4],
    });
  });

  it('stops after the rows a preview needs', () => {
    expect(parseCsv('a\tb\n1\t2\n3\t4\n5\t6\n', '\t', { previewRows: 2 }).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
