import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateBook } from '../../../electron/backend/demo/generate';
import { recordSchemas, type Book, type CollectionName } from '../../../electron/backend/store/book';
import { defaultWorkflowTemplates } from '../../../electron/backend/store/default-workflows';
import { defaultSettings, Settings } from '../../../shared/model';

const today = '2026-03-31';

/**
 * The drawn records: without the settings (whose time zone is this computer's), the workflow
 * templates (the store's defaults) and fields that hold one value in every record of their
 * collection (a field added to the model with its default draws nothing).
 */
function drawnHash(book: Book): string {
  const { settings: _settings, workflowTemplates: _templates, ...collections } = book;
  const hash = createHash('sha256');
  for (const [name, records] of Object.entries(collections)) {
    if (!Array.isArray(records)) continue;
    const rows = records as Record<string, unknown>[];
    const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const varying = keys.filter((key) => new Set(rows.map((row) => JSON.stringify(row[key]))).size > 1);
    hash.update(name);
    for (const row of rows) hash.update(JSON.stringify(varying.map((key) => row[key])));
  }
  return hash.digest('hex');
}

describe('the US demo firm', () => {
  // Pinned before the generator took a region, and again when the firm's workflows took the US wording
  // (en-US): its workflow tasks are titled by their templates' steps; every other record stays byte for byte what it was.
  it('is the same book as before regions, for the default and another seed', () => {
    expect(drawnHash(generateBook({ scale: 'demo', today }))).toBe('c86d250a6f3bcaae51af56f02efcf1fe0b1b273038c557e2b25defc94009d6dd');
    expect(drawnHash(generateBook({ scale: 'S', today, seed: 42 }))).toBe(
      '93398cedf29573e7ae9f3a1e853788fb361765ecf79c1ea3bc093f17d4128d3d',
    );
  });

  it('starts with the workflow templates of a US firm set up in English (en-US)', () => {
    const { workflowTemplates } = generateBook({ scale: 'demo', today });
    expect(workflowTemplates).toEqual(defaultWorkflowTemplates(workflowTemplates[0]!.createdAt, 'en-US'));
  });
});

describe('the Indian demo firm', () => {
  const book = generateBook({ scale: 'demo', today, region: 'in' });
  const open = book.holdings.filter((h) => h.status === 'open');

  it('passes the model schemas and keeps its books in en-IN, rupees and India time', () => {
    for (const [name, schema] of Object.entries(recordSchemas) as [CollectionName, z.ZodType][]) {
      for (const record of book[name]) {
        const result = schema.safeParse(record);
        if (!result.success) throw new Error(`${name} ${JSON.stringify(record)}: ${result.error.message}`);
      }
    }
    expect(Settings.parse(book.settings)).toEqual({
      ...defaultSettings,
      firmName: 'Sahyadri Wealth Advisors',
      currency: 'INR',
      locale: 'en-IN',
      dateOrder: 'DMY',
      timeZone: 'Asia/Kolkata',
    });
  });

  it('holds every amount in rupees, at Indian sizes', () => {
    const currencies = new Set<string>();
    JSON.stringify(book, (key, value: unknown) => {
      if (key === 'currency' && typeof value === 'string') currencies.add(value);
      return value;
    });
    expect(currencies).toEqual(new Set(['INR']));
    const firmAssets = open.reduce((sum, h) => sum + h.value.amountMinor, 0) / 100;
    // A small Indian advisory firm: between ₹50 crore and ₹500 crore under advice.
    expect(firmAssets).toBeGreaterThan(50_00_00_000);
    expect(firmAssets).toBeLessThan(500_00_00_000);
    const planFees = open
      .filter((h) => h.kind === 'financial_plan' && h.annualFee.amountMinor > 0)
      .map((h) => h.annualFee.amountMinor / 100);
    expect(Math.min(...planFees)).toBeGreaterThanOrEqual(10_000);
    expect(planFees.every((fee) => fee % 500 === 0)).toBe(true);
  });

  it('sells the products an Indian adviser does', () => {
    // Personal accounts carry their owner's first name after the product's: "Mutual Fund SIP (Priya)".
    const names = book.holdings.map((h) => h.name);
    for (const product of [
      'Mutual Fund SIP',
      'Unit Linked Insurance Plan (ULIP)',
      'Public Provident Fund (PPF)',
      'NPS Tier I Account (National Pension System)',
      'Term Insurance Plan',
      'Bank Fixed Deposits',
    ]) {
      expect(
        names.some((name) => name.startsWith(product)),
        product,
      ).toBe(true);
    }
    for (const h of book.holdings) if (h.accountNumber !== null) expect(h.accountNumber).toMatch(/^[A-Z]{3}-\d{7}-\d{2}$/);
  });

  it('has Indian names in Latin script, +91 phone numbers and Indian addresses with PIN codes', () => {
    const latin = /^[\p{Script=Latin}' .&,()-]+$/u;
    for (const p of book.people) expect(p.name).toMatch(latin);
    for (const m of book.teamMembers) expect(m.name).toMatch(latin);
    // Families from across India: Marathi, Gujarati, Hindi-belt, Punjabi, Tamil, Malayali, Bengali, Telugu, Marwari and Muslim surnames.
    const surnames = new Set(book.people.map((p) => p.name.split(' ').at(-1)));
    const across = [
      'Kulkarni',
      'Patil',
      'Joshi',
      'Shah',
      'Mehta',
      'Sharma',
      'Gupta',
      'Sandhu',
      'Iyer',
      'Krishnan',
      'Nair',
      'Menon',
      'Banerjee',
      'Ghosh',
      'Reddy',
      'Jain',
      'Khan',
      'Shaikh',
    ];
    expect(across.filter((surname) => surnames.has(surname)).length).toBeGreaterThanOrEqual(8);
    const phones = book.people.flatMap((p) => (p.phone === null ? [] : [p.phone]));
    expect(phones.length).toBeGreaterThan(book.clients.length);
    for (const phone of phones) expect(phone).toMatch(/^\+91 (\d{5} \d{5}|2[02] \d{4} \d{4})$/);
    const addresses = book.clients.flatMap((c) => (c.address === null ? [] : [c.address]));
    for (const address of addresses) {
      expect(address.country).toBe('India');
      expect(address.postalCode).toMatch(/^[1-8]\d{5}$/);
    }
    expect(addresses.filter((a) => a.city === 'Pune').length / addresses.length).toBeGreaterThan(0.3);
  });

  it('writes its records about Indian products and habits, with none of the US firm’s', () => {
    const written = [
      ...book.interactions.map((i) => i.summary),
      ...book.tasks.map((t) => t.title),
      ...book.clients.flatMap((c) => [c.notes, c.departure?.detail ?? '', c.source, ...c.tags]),
      ...book.requests.map((r) => r.description),
      ...book.reviews.flatMap((r) => [r.notes, ...r.decisions.map((d) => d.text)]),
    ].join('\n');
    for (const american of ['401(k)', 'IRA', 'Roth', 'RMD', '1099', 'Medicare', 'S&P 500', 'CPA', 'Form ADV', 'ACAT']) {
      expect(written, american).not.toContain(american);
    }
    for (const indian of ['WhatsApp', 'SIP', 'SWP', 'PPF', 'NPS', 'KYC', 'nomination', 'nominee', 'PAN', 'Aadhaar'])
      expect(written, indian).toContain(indian);
  });

  it('writes none of the US firm’s terms anywhere: reviews, requests, tasks, contacts, products or addresses', () => {
    const texts = new Set<string>();
    JSON.stringify(book, (_key, value: unknown) => {
      if (typeof value === 'string') texts.add(value);
      return value;
    });
    const usOnly = [
      ...['401(k)', 'IRA', 'Roth', 'RMD', 'required minimum distribution', 'Social Security', 'Medicare', 'W-2', '1099', 'ZIP'],
      ...['ACAT', 'Form ADV', 'CPA', 'E&O', 'checking account', 'brokerage', 'custodial', 'beneficiar', '$'],
      ...['California', 'Texas', 'Florida', 'New York', 'New Jersey', 'Illinois', 'Ohio', 'Massachusetts', 'Arizona'],
    ];
    for (const term of usOnly) {
      // Where a word starts (not the IRA in MIRAJ or the 1099 in an account number); a stem is enough (beneficiar-y, -ies).
      const word = new RegExp(`(?<!\\w)${term.replace(/[$()]/g, '\\$&')}`);
      const found = [...texts].find((text) => word.test(text));
      expect(found, term).toBeUndefined();
    }
  });

  it('starts with the English workflow templates’ steps, answering complaints in SEBI’s time rather than the UK’s', () => {
    const english = defaultWorkflowTemplates(book.workflowTemplates[0]!.createdAt, 'en');
    expect(book.workflowTemplates.map((t) => [t.id, t.name, t.steps])).toEqual(english.map((t) => [t.id, t.name, t.steps]));
    const complaint = book.workflowTemplates.find((t) => t.id === 'wf_complaint')!;
    expect(complaint.description).toContain('SEBI');
    expect(complaint.description).not.toContain('UK');
  });

  it('works Indian office hours: every contact between 07:30 and 19:00 in Asia/Kolkata', () => {
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const i of book.interactions) {
      const local = hour.format(new Date(i.at));
      expect(local >= '07:30' && local < '19:00', `${i.id} at ${local}`).toBe(true);
    }
  });

  it('is the same shape of firm as the US one: the same counts, drawn from its own tables', () => {
    const us = generateBook({ scale: 'demo', today });
    for (const name of ['teamMembers', 'clients', 'interactions', 'tasks', 'surveys', 'requests'] as const) {
      expect(book[name].length, name).toBe(us[name].length);
    }
    expect(book.clients.map((c) => c.name)).not.toEqual(us.clients.map((c) => c.name));
  });
});
