import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { localToday } from '../../shared/domain/local-day';
import { packetWording, type InterfaceLanguage } from '../../shared/model';
import { packetRoute } from '../../shared/print';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';

test.use({ setup: 'empty' });

interface PacketClient {
  name: string;
  address: { line1: string; line2: string; city: string; region: string; postalCode: string; country: string };
  /** Yesterday's call, printed in the packet's "since the last review". */
  callSummary: string;
}

/** Adds `client` to an empty book with an adviser and one call; its id. */
async function addClient(page: Page, client: PacketClient): Promise<string> {
  const adviser = await callApi(page, 'team:create', { name: 'Priya Nair', role: 'adviser', email: 'priya@example.com' });
  const { id: clientId } = await callApi(page, 'clients:create', {
    name: client.name,
    tier: 'A',
    primaryManagerId: adviser.id,
    address: client.address,
  });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  await callApi(page, 'interactions:log', { clientId, kind: 'call', at: yesterday, staffId: adviser.id, summary: client.callSummary });
  return clientId;
}

/** Adds `client` (see addClient) and saves its packet's PDF, in `language` (English unless told), as `file`. */
async function printPacket(page: Page, client: PacketClient, file: string, language?: InterfaceLanguage): Promise<void> {
  const clientId = await addClient(page, client);
  const issued = await callApi(page, 'packets:issue', { clientId, asOf: localToday(), showHealth: true, language });
  const { base64 } = await callApi(page, 'packets:read', { id: issued.id });
  await writeFile(file, Buffer.from(base64, 'base64'));
}

/** The text of each page of a PDF (pdftotext ends each with a form feed). */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

/** Headings of the packet's own catalogue in `language` (renderer/i18n/<language>-packet.json). */
function packetWords(language: InterfaceLanguage) {
  type Titled = { title: string };
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../renderer/i18n/${language}-packet.json`), 'utf8')) as {
    cover: Titled;
    agenda: Titled;
    relationship: Titled & { team: string };
    closing: { disclosure: string };
  };
}

/** Each run of text in the PDF with the font it is drawn in, as pdftohtml's XML lists them. */
function pdfTextRuns(file: string): Array<{ text: string; font: string }> {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8' });
  const fonts = new Map(Array.from(xml.matchAll(/<fontspec id="(\d+)"[^>]* family="([^"]+)"/g), ([, id, family]) => [id!, family!]));
  return Array.from(xml.matchAll(/<text [^>]*font="(\d+)">(.*?)<\/text>/g), ([, id, text]) => ({
    text: text!.replace(/<[^>]+>/g, ''),
    font: fonts.get(id!) ?? '',
  }));
}

/** The fonts a PDF uses, as pdffonts lists them: the name without its subset tag, and whether it is embedded. */
function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // name type [encoding] emb sub uni object ID: the three yes/no columns follow the name and type.
    const columns = line.trim().split(/\s+/);
    const [emb] = columns.slice(-5, -4);
    return { name: columns[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: emb === 'yes' };
  });
}

// Written as a Hindi keyboard types them (Unicode NFC: a nukta is its own mark after the letter),
// with conjuncts (क्ष, त्र, ज्ञ, श्र), a reph (र्मा) and vowel signs drawn before their consonant (ि).
const hindiClient: PacketClient = {
  name: 'राजेश कुमार शर्मा',
  address: {
    line1: 'क्षितिज अपार्टमेंट, ज्ञान मार्ग',
    line2: 'त्रिवेणी नगर',
    city: 'श्रीरामपुर',
    region: 'महाराष्ट्र',
    postalCode: '413709',
    country: 'भारत',
  },
  callSummary: 'फ़िरोज़ जी से बात हुई: SIP बढ़ाने का सुझाव दिया।',
};

const latinClient: PacketClient = {
  name: 'Rajesh Kumar Sharma',
  address: {
    line1: 'Kshitij Apartments, Gyan Marg',
    line2: 'Triveni Nagar',
    city: 'Shrirampur',
    region: 'Maharashtra',
    postalCode: '413709',
    country: 'India',
  },
  callSummary: 'Spoke with Firoz: suggested raising the SIP.',
};

// Making the client and rendering one PDF take a few seconds; more beside other specs on two cores.
const packetTimeout = 90_000;

test('a client written in Devanagari prints in the bundled font, its text intact', async ({ app }, testInfo) => {
  test.setTimeout(packetTimeout);
  const { name, address, callSummary } = hindiClient;
  for (const text of [name, ...Object.values(address), callSummary]) expect(text).toBe(text.normalize('NFC'));
  const file = testInfo.outputPath('devanagari-packet.pdf');
  await printPacket(app.page, hindiClient, file);

  // pdftotext guesses word breaks from gaps between glyphs, and reads one after a vowel sign drawn
  // under its consonant (कु मार): white space is left out of the comparison, every letter and sign
  // must be there in its order. A letter drawn as an empty box reads as another letter or none.
  const pages = pdfPages(file).map(withoutSpace);
  const [cover, ...rest] = pages;
  // On the cover as its title and after "Prepared for", then in every page's running header.
  expect(cover!.split(withoutSpace(name)).length - 1).toBe(2);
  for (const page of rest) expect(page).toContain(withoutSpace(name));
  for (const expected of [address.line1, address.line2, `${address.city}, ${address.region}`, address.country, callSummary]) {
    expect(pages.join('')).toContain(withoutSpace(expected));
  }
  // Every Devanagari word is drawn in the bundled font, none in a font the computer happens to have.
  const devanagariRuns = pdfTextRuns(file).filter((run) => /\p{Script=Devanagari}/u.test(run.text));
  expect(devanagariRuns.length).toBeGreaterThan(0);
  expect(devanagariRuns.filter((run) => !/\+NotoSansDevanagari/.test(run.font))).toEqual([]);
  const devanagariFonts = pdfFonts(file).filter((font) => font.name.startsWith('NotoSansDevanagari'));
  expect(devanagariFonts.length).toBeGreaterThan(0);
  expect(devanagariFonts.every((font) => font.embedded)).toBe(true);
});

test('a packet made in Hindi is worded in Hindi throughout, in the bundled font, its pages looked at', async ({ app }, testInfo) => {
  test.setTimeout(packetTimeout);
  const page = app.page;
  // The firm's own words (agenda, disclosure) as a book set up in Hindi starts with them.
  const settings = await callApi(page, 'settings:get', {});
  await callApi(page, 'settings:update', { packets: { ...settings.packets, ...packetWording.hi } });
  const file = testInfo.outputPath('hindi-packet.pdf');
  await printPacket(page, hindiClient, file, 'hi');

  const text = pdfPages(file).map(withoutSpace).join('');
  const hindiPacket = packetWords('hi');
  const englishPacket = packetWords('en');
  const { cover, agenda, relationship, closing } = hindiPacket;
  for (const heading of [
    cover.title,
    agenda.title,
    relationship.title,
    relationship.team,
    closing.disclosure,
    packetWording.hi.agendaTemplate[0]!,
  ]) {
    expect(text).toContain(withoutSpace(heading));
  }
  expect(text).toContain(withoutSpace(packetWording.hi.disclosure.slice(0, 40)));
  // None of the English packet's own words is left.
  for (const english of [
    englishPacket.cover.title,
    englishPacket.agenda.title,
    englishPacket.relationship.title,
    englishPacket.closing.disclosure,
    'Preparedfor',
    'Page1of',
  ]) {
    expect(text).not.toContain(withoutSpace(english));
  }
  const devanagariRuns = pdfTextRuns(file).filter((run) => /\p{Script=Devanagari}/u.test(run.text));
  expect(devanagariRuns.filter((run) => !/\+NotoSansDevanagari/.test(run.font))).toEqual([]);
  expect(pdfFonts(file).every((font) => font.embedded)).toBe(true);
  // Each page as an image, attached to the report to be looked at.
  execFileSync('pdftoppm', ['-r', '60', '-png', file, testInfo.outputPath('hindi-packet-page')]);
});

test('a packet with only Latin text embeds no Devanagari font', async ({ app }, testInfo) => {
  test.setTimeout(packetTimeout);
  const file = testInfo.outputPath('latin-packet.pdf');
  await printPacket(app.page, latinClient, file);

  expect(pdfPages(file).join('')).toContain(latinClient.address.line1);
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => font.name.includes('Devanagari'))).toEqual([]);
  expect(fonts.every((font) => font.embedded)).toBe(true);
});

test('Hindi text is never letter-spaced, and English labels keep their tracking', async ({ app }) => {
  const page = app.page;
  const clientId = await addClient(page, hindiClient);
  const url = new URL(page.url());
  url.hash = packetRoute({ clientId, asOf: localToday() });
  await page.goto(url.toString());
  const kicker = page.locator('.packet-cover__kicker');
  await expect(kicker).toHaveCSS('letter-spacing', /^[\d.]+px$/);

  // What the interface does when it shows Hindi (renderer/i18n).
  await page.evaluate("document.documentElement.lang = 'hi'");
  await expect(kicker).toHaveCSS('letter-spacing', 'normal');
});
