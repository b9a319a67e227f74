import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localToday } from '../../shared/domain/local-day';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';

test.use({ setup: 'demo' });

/**
 * How far down each page of a PDF its content reaches, as a share of the space between the top and
 * bottom margins (22 mm, where the running header and footer sit): from the page drawn in grey at
 * 30 dpi, the last row between the margins holding anything darker than light grey.
 */
async function pageFill(file: string, dir: string): Promise<number[]> {
  execFileSync('pdftoppm', ['-gray', '-r', '30', file, path.join(dir, 'page')]);
  const pages = (await readdir(dir)).filter((name) => name.startsWith('page') && name.endsWith('.pgm')).sort();
  const fills: number[] = [];
  for (const name of pages) {
    const bytes = await readFile(path.join(dir, name));
    // Binary PGM: "P5", width, height, the largest value, then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(bytes.toString('latin1', 0, 40))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const margin = Math.round((22 / 25.4) * 30);
    let last = margin;
    for (let row = margin; row < height - margin; row++) {
      const start = header[0].length + row * width;
      if (bytes.subarray(start, start + width).some((pixel) => pixel < 200)) last = row;
    }
    fills.push((last - margin) / (height - 2 * margin));
  }
  return fills;
}

test('a large household’s packet has no near-empty page and only its adults sign', async ({ app }, testInfo) => {
  // Making the household and rendering one PDF take a few seconds; more beside other specs on two cores.
  test.setTimeout(90_000);
  const page = app.page;
  const [row] = await callApi(page, 'reviews:due', {});
  const clientId = row!.clientId;
  const team = await callApi(page, 'team:list', {});
  const adviser = team.find((member) => member.active)!;
  const family = [
    ['Ama Boateng', 'child', '2023-08-19'],
    ['Kofi Boateng', 'child', '2008-11-02'],
    ['Efua Boateng', 'child', '2001-04-23'],
    ['Grace Boateng', 'parent', '1947-12-05'],
    ['Family trust (J. Mensah)', 'trustee', '1969-03-30'],
  ] as const;
  for (const [name, relationship, dateOfBirth] of family) {
    await callApi(page, 'people:create', { clientId, name, relationship, dateOfBirth });
  }
  for (let index = 0; index < 10; index++) {
    await callApi(page, 'holdings:create', {
      clientId,
      name: `Account ${index + 1}`,
      kind: 'investment_account',
      value: { amountMinor: (index + 1) * 1_000_000, currency: 'USD' },
      valuedOn: localToday(),
      annualFee: { amountMinor: 10_000, currency: 'USD' },
    });
  }
  for (const title of ['Send the updated fee schedule', 'Open a 529 plan for Ama', 'Confirm the trust mandate']) {
    await callApi(page, 'tasks:create', { clientId, title, assigneeId: adviser.id, byId: adviser.id, showInPacket: true });
  }
  await callApi(page, 'tasks:create', { clientId, title: 'Chase the missing KYC form', assigneeId: adviser.id, byId: adviser.id });

  const issued = await callApi(page, 'packets:issue', { clientId, asOf: localToday(), showHealth: true });
  const { base64 } = await callApi(page, 'packets:read', { id: issued.id });
  const file = testInfo.outputPath('large-packet.pdf');
  await writeFile(file, Buffer.from(base64, 'base64'));

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Open a 529 plan for Ama');
  expect(text).not.toContain('Chase the missing KYC form');
  expect(text).toContain('Name: Family trust (J. Mensah)');
  expect(text).not.toContain('Name: Ama Boateng');
  expect(text).not.toContain('Name: Efua Boateng');

  // Every page after the cover is filled at least a third of the way down: none holds only a
  // heading, a few lines or a table's last rows.
  const fills = await pageFill(file, testInfo.outputDir);
  expect(fills.length).toBeLessThanOrEqual(10);
  expect(fills.slice(1).filter((fill) => fill < 1 / 3)).toEqual([]);
});
