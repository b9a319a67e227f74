import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import type { PacketData } from '../../shared/model';
import { packetRoute, PRINT_STATE_ATTRIBUTE } from '../../shared/print';
import { addressLines } from '../../renderer/print/packet/address-lines';
import { cssString, packetPageCss, pageNumberContent } from '../../renderer/print/packet/page-css';
import { columnMoney, packetFormatters, sharesOf, valueChange } from '../../renderer/print/packet/packet-format';
import { packetQueryFrom } from '../../renderer/print/packet/packet-query';
import { PacketPrintRoute } from '../../renderer/print/packet/packet-print-route';
import type { FakeHandlers } from './support/fake-transport';
import { emptyPacketData, packetData, packetHolding } from './support/packet-data';
import { renderWithApp } from './support/render';

const route = '/print/packet/cl_1?asOf=2026-04-15&review=rv_1&health=1';

function renderPacket(handlers: FakeHandlers, at = route) {
  return renderWithApp(
    <Routes>
      <Route path="/print/packet/:clientId" element={<PacketPrintRoute />} />
    </Routes>,
    { handlers, route: at },
  );
}

function printState(): string | null {
  return document.documentElement.getAttribute(PRINT_STATE_ATTRIBUTE);
}

async function renderReady(data: PacketData) {
  const result = renderPacket({ 'packets:data': () => data });
  await waitFor(() => expect(printState()).toBe('ready'));
  return result;
}

function sectionsInOrder(): string[] {
  return Array.from(document.querySelectorAll('[data-section]'), (section) => section.getAttribute('data-section') ?? '');
}

function section(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-section="${id}"]`);
  if (!found) throw new Error(`No section "${id}" on the page.`);
  return found;
}

afterEach(() => {
  document.documentElement.removeAttribute(PRINT_STATE_ATTRIBUTE);
});

describe('the printed review packet', () => {
  it('asks for the packet the route names', async () => {
    const { transport } = await renderReady(packetData());
    expect(transport.callsTo('packets:data')).toEqual([{ clientId: 'cl_1', asOf: '2026-04-15', reviewId: 'rv_1', showHealth: true }]);
  });

  it('prints a full packet with every section in order', async () => {
    await renderReady(packetData());

    expect(sectionsInOrder()).toEqual([
      'cover',
      'agenda',
      'relationship',
      'holdings',
      'since',
      'satisfaction',
      'actions',
      'notes',
      'closing',
    ]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      '1. Agenda',
      '2. Your relationship with us',
      '3. Products and services',
      '4. Since our last review',
      '5. Your feedback',
      '6. Action items',
      '7. Meeting notes',
      '8. Important information and acknowledgement',
    ]);

    const cover = section('cover');
    expect(within(cover).getByRole('heading', { level: 1, name: 'Okafor Household' })).toBeTruthy();
    expect(cover.textContent).toContain('Harbour & Vale Advisers');
    expect(cover.textContent).toContain('Client review');
    expect(cover.textContent).toContain('Review meeting, Apr 20, 2026');
    expect(cover.textContent).toContain('Account manager: Priya Shah');
    expect(cover.textContent).toContain('Prepared for Ada Okafor and Ben Okafor');
    expect(cover.textContent).toContain('Figures as of Apr 15, 2026');
    expect(cover.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);

    const agenda = within(section('agenda'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(agenda).toEqual([
      'Welcome and changes in your circumstances',
      'Your products and services: values and fees',
      'Actions and next steps',
    ]);

    const relationship = section('relationship');
    expect(within(relationship).getAllByText('Ada Okafor').length).toBeGreaterThan(0);
    expect(relationship.textContent).toContain('Spouse or partner');
    expect(relationship.textContent).toContain('Jul 14, 1961');
    expect(relationship.textContent).toContain('Platinum');
    expect(relationship.textContent).toContain('Apr 1, 2019');
    expect(relationship.textContent).toContain('Jo Park, Paraplanner');
    expect(relationship.textContent).toContain('ada@example.com');
    expect(relationship.textContent).toContain('Springfield, IL 62704');
    expect(relationship.textContent).toContain('Please check these details');

    const holdings = within(section('holdings')).getByRole('table', { name: 'Products and services held' });
    const portfolio = within(holdings).getByRole('rowheader', { name: 'Vanguard Balanced Portfolio' }).closest('tr')!;
    expect(within(portfolio).getByText('$482,500')).toBeTruthy();
    expect(within(portfolio).getByText('Managed portfolio')).toBeTruthy();
    expect(within(portfolio).getByText('••6789')).toBeTruthy();
    const total = within(holdings).getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    expect(within(total).getByText('$700,000')).toBeTruthy();
    expect(within(total).getByText('$6,325')).toBeTruthy();
    expect(section('holdings').textContent).toContain('Up $50,000 (7.7%) since Oct 1, 2025, from $650,000 to $700,000.');

    const since = section('since');
    expect(since.textContent).toContain('From our last review on Oct 1, 2025 to Apr 15, 2026.');
    expect(since.textContent).toContain('Talked through the rebalancing');
    expect(since.textContent).toContain('Contact change');
    expect(since.textContent).toContain('Update Ben’s phone number');

    const responses = within(section('satisfaction')).getByRole('table', { name: 'Your answers' });
    const latest = within(responses).getByRole('rowheader', { name: 'Mar 12, 2026' }).closest('tr')!;
    expect(within(latest).getByText('9')).toBeTruthy();
    expect(section('satisfaction').textContent).toContain(
      'Latest answer on Mar 12, 2026: likely to recommend us 9 out of 10; satisfied 5 out of 5.',
    );

    const actions = within(section('actions')).getByRole('table', { name: 'Action items' });
    const feeSchedule = within(actions).getByText('Send the updated fee schedule').closest('tr')!;
    expect(within(feeSchedule).getByText('May 1, 2026')).toBeTruthy();
    expect(within(feeSchedule).getByText('Review decision')).toBeTruthy();
    expect(within(actions).getByText('No due date')).toBeTruthy();
    expect(section('actions').textContent).toContain('Next review: Oct 20, 2026.');

    const closing = section('closing');
    expect(closing.textContent).toContain('Past performance does not guarantee future results.');
    expect(within(closing).getAllByText('Client signature')).toHaveLength(2);
    expect(within(closing).getByText('Adviser signature')).toBeTruthy();
  });

  it('has only the chosen signers sign for the client, never every person of the household', async () => {
    const people = packetData().people;
    await renderReady(
      packetData({
        preparedFor: ['Ada Okafor', 'Ben Okafor', 'Kemi Okafor'],
        people: [...people, { name: 'Kemi Okafor', relationship: 'child', email: null, phone: null, dateOfBirth: '2023-02-01' }],
        signers: ['Ada Okafor'],
      }),
    );
    const closing = section('closing');
    expect(within(closing).getAllByText('Client signature')).toHaveLength(1);
    expect(within(closing).getByText('Name: Ada Okafor')).toBeTruthy();
    expect(closing.textContent).not.toContain('Kemi');
    expect(closing.textContent).not.toContain('Ben Okafor');
  });

  it('draws both charts, at a fixed size and without animation', async () => {
    await renderReady(packetData());
    expect(section('holdings').querySelectorAll('.recharts-wrapper')).toHaveLength(1);
    expect(section('satisfaction').querySelectorAll('.recharts-wrapper')).toHaveLength(1);
    // Every answer with a score is a point: two NPS answers, three CSAT answers.
    expect(section('satisfaction').querySelectorAll('.recharts-scatter-symbol')).toHaveLength(5);
    expect(section('holdings').querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    // The mix in words as well, so it reads without the bars.
    const mix = within(section('holdings')).getByRole('table', { name: 'Value by kind of product' });
    const portfolios = within(mix).getByRole('rowheader', { name: 'Managed portfolio' }).closest('tr')!;
    expect(portfolios.textContent).toContain('68.9%');
  });

  it('shows the health score, its band and why, when the packet includes it', async () => {
    await renderReady(packetData());
    const satisfaction = section('satisfaction');
    expect(satisfaction.textContent).toContain('Health score 82 out of 100: Good.');
    // The reasons are worded as on the client page, with the firm's name for the tier.
    expect(satisfaction.textContent).toContain('Contact (4 of 20 points): No contact for 143 days; Platinum expects 30');
  });

  it('says so plainly when the client has nothing on record, and draws no chart', async () => {
    await renderReady(emptyPacketData());

    expect(document.querySelectorAll('.recharts-wrapper')).toHaveLength(0);
    // The cover is a sheet of its own; the sections run on after it, so "nothing recorded" takes no page.
    const sheets = Array.from(document.querySelectorAll('.packet-sheet'), (sheet) =>
      Array.from(sheet.querySelectorAll('[data-section]'), (part) => part.getAttribute('data-section')),
    );
    expect(sheets).toEqual([['cover'], ['agenda', 'relationship', 'holdings', 'since', 'satisfaction', 'actions', 'notes', 'closing']]);
    expect(section('cover').textContent).toContain('As of Apr 15, 2026');
    expect(section('cover').textContent).toContain('Prepared for Okafor Household');
    expect(section('cover').querySelector('img')).toBeNull();
    expect(section('relationship').textContent).toContain('No people are recorded for this client.');
    expect(section('relationship').textContent).toContain('No address on file.');

    expect(section('holdings').textContent).toBe('3. Products and servicesNo products or services are recorded for this client.');

    const since = section('since');
    expect(within(since).getByRole('heading', { level: 2 }).textContent).toBe('4. The last 12 months');
    expect(since.textContent).toContain('No conversations or meetings were recorded in this period.');
    expect(since.textContent).toContain('No service requests were opened in this period.');
    expect(since.textContent).toContain('No service requests were resolved in this period.');
    expect(since.textContent).toContain('No tasks were completed in this period.');

    expect(section('satisfaction').textContent).toBe('5. Your feedbackNo satisfaction responses recorded yet.');
    expect(screen.queryByText(/Health score/)).toBeNull();

    expect(section('actions').textContent).toContain('There are no open action items.');
    expect(section('actions').textContent).toContain('Next review: not scheduled yet.');
  });

  it('says there is nothing to compare when no earlier valuation is known', async () => {
    const full = packetData();
    await renderReady(packetData({ lastReviewOn: null, totals: { ...full.totals, valueAtLastReview: null } }));
    expect(section('holdings').textContent).toContain('No earlier valuation to compare.');
  });

  it('prints a column of amounts to the cent when any has cents, so it lines up, and in whole units otherwise', async () => {
    const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
    const full = packetData();
    await renderReady(
      packetData({
        holdings: [
          packetHolding({ value: usd(12_345_600), annualFee: usd(123_456) }),
          packetHolding({ id: 'ho_2', name: 'Tax return', value: usd(0), annualFee: usd(130_000) }),
        ],
        totals: { ...full.totals, value: usd(12_345_600), annualFees: usd(253_456) },
      }),
    );
    const holdings = within(section('holdings')).getByRole('table', { name: 'Products and services held' });
    const row = (name: string) => within(holdings).getByRole('rowheader', { name }).closest('tr')!;
    // Fees: one has cents, so every fee and the total show them.
    expect(within(row('Vanguard Balanced Portfolio')).getByText('$1,234.56')).toBeTruthy();
    expect(within(row('Tax return')).getByText('$1,300.00')).toBeTruthy();
    expect(row('Total').textContent).toContain('$2,534.56');
    // Values: all whole, so none does.
    expect(within(row('Vanguard Balanced Portfolio')).getByText('$123,456')).toBeTruthy();
    expect(row('Total').textContent).toContain('$123,456');
    expect(row('Total').textContent).not.toContain('$123,456.00');
  });

  it('leaves the health score out when the packet has none', async () => {
    const full = packetData();
    await renderReady(packetData({ satisfaction: { ...full.satisfaction, health: null } }));
    expect(section('satisfaction').querySelectorAll('.recharts-wrapper')).toHaveLength(1);
    expect(screen.queryByText(/Health score/)).toBeNull();
    expect(screen.queryByText('Relationship health')).toBeNull();
  });
});

describe('the packet print state', () => {
  it('goes from loading to ready once the packet is painted, and is taken off on leaving', async () => {
    let answer: (data: PacketData) => void = () => {};
    const { unmount } = renderPacket({ 'packets:data': () => new Promise<PacketData>((resolve) => (answer = resolve)) });

    await waitFor(() => expect(printState()).toBe('loading'));
    expect(screen.getByRole('status').textContent).toContain('Preparing the review packet…');
    expect(screen.getByRole('button', { name: 'Print…' }).hasAttribute('disabled')).toBe(true);

    answer(packetData());
    await waitFor(() => expect(printState()).toBe('ready'));
    expect(document.querySelectorAll('.recharts-wrapper')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Print…' }).hasAttribute('disabled')).toBe(false);

    unmount();
    expect(printState()).toBeNull();
  });

  it('is not ready to print until the fonts its text needs have loaded', async () => {
    // happy-dom has no FontFaceSet. This one is a browser's before layout has asked for a
    // unicode-range face: nothing loading, so `ready` has resolved, and the face is still to come.
    let faceLoaded: () => void = () => {};
    const face = new Promise<void>((resolve) => (faceLoaded = resolve));
    const load = vi.fn((_font: string, _text: string) => face.then(() => []));
    Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve(), load }, configurable: true });
    try {
      const full = packetData();
      renderPacket({ 'packets:data': () => packetData({ client: { ...full.client, name: 'राजेश कुमार शर्मा' } }) });
      await waitFor(() => expect(load).toHaveBeenCalled());
      expect(load.mock.calls.every(([, text]) => text.includes('राजेश कुमार शर्मा'))).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(printState()).toBe('loading');

      faceLoaded();
      await waitFor(() => expect(printState()).toBe('ready'));
    } finally {
      Reflect.deleteProperty(document, 'fonts');
    }
  });

  it('says error, and shows why, when the packet cannot be made', async () => {
    renderPacket({
      'packets:data': () => {
        throw new AppError('NOT_FOUND', 'This client is not in the book. Check the link and try again.');
      },
    });
    await waitFor(() => expect(printState()).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('This client is not in the book. Check the link and try again.');
    expect(document.querySelector('[data-section]')).toBeNull();
  });

  it('has a toolbar, usable from the keyboard, to go back and to print', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    try {
      await renderReady(packetData());
      const toolbar = screen.getByRole('navigation', { name: 'Review packet' });
      const user = userEvent.setup();
      await user.tab();
      expect(document.activeElement).toBe(within(toolbar).getByRole('button', { name: 'Back' }));
      await user.tab();
      expect(document.activeElement).toBe(within(toolbar).getByRole('button', { name: 'Print…' }));
      await user.keyboard('{Enter}');
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sets the paper, the running header and footer from the firm and client', async () => {
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    await renderReady(packetData({ client: { ...packetData().client, name: 'The "Best" </style> Trust' } }));
    // Adopted, not an inline <style> element, which the app's CSP would block.
    expect(document.querySelectorAll('style')).toHaveLength(0);
    const sheet = document.adoptedStyleSheets.find((adopted) => replaceSync.mock.contexts.includes(adopted));
    expect(sheet).toBeDefined();
    const css = replaceSync.mock.calls.map(([text]) => text).find((text) => text.includes('@page'));
    expect(css).toBeDefined();
    expect(css).toContain('size: A4 portrait;');
    expect(css).toContain('@top-left { content: "Harbour & Vale Advisers";');
    expect(css).toContain('@top-right { content: "The \\"Best\\" \\3c /style\\3e  Trust";');
    expect(css).toContain('@bottom-left { content: "Confidential";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain('@page :first');
    expect(css).not.toContain('</style>');
  });
});

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Harbour & Vale')).toBe('"Harbour & Vale"');
    expect(cssString('')).toBe('""');
    expect(cssString('Ōkafor · Zoë')).toBe('"Ōkafor · Zoë"');
  });

  it('escapes backslashes and quotes', () => {
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('say "hi"')).toBe('"say \\"hi\\""');
    expect(cssString("O'Brien")).toBe('"O\\\'Brien"');
  });

  it('escapes line breaks and control characters by code point, ending each escape with a space', () => {
    expect(cssString('one\ntwo')).toBe('"one\\a two"');
    expect(cssString('a\r\nb')).toBe('"a\\d \\a b"');
    expect(cssString('tab\there')).toBe('"tab\\9 here"');
    expect(cssString('nul\u0000')).toBe('"nul\\fffd "');
    expect(cssString('line\u2028sep')).toBe('"line\\2028 sep"');
  });

  it('escapes angle brackets so the style element cannot be closed', () => {
    const escaped = cssString('</style><script>alert(1)</script>');
    expect(escaped).not.toContain('<');
    expect(escaped).not.toContain('>');
    expect(escaped).toBe('"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
  });

  it('keeps a hex-looking letter after an escape as text', () => {
    // "\a" then "b": without the space, CSS would read the escape as U+00AB.
    expect(cssString('\nb')).toBe('"\\a b"');
  });
});

describe('pageNumberContent', () => {
  it('turns the placeholders into page counters between the words', () => {
    expect(pageNumberContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it('keeps the template’s own order and leaves out empty pieces', () => {
    expect(pageNumberContent('{{pages}}ページ中{{page}}ページ')).toBe('counter(pages) "ページ中" counter(page) "ページ"');
    expect(pageNumberContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
    expect(pageNumberContent('{{ page }}')).toBe('counter(page)');
  });

  it('prints text without placeholders, or with unknown ones, as written and escaped', () => {
    expect(pageNumberContent('Page')).toBe('"Page"');
    expect(pageNumberContent('')).toBe('""');
    expect(pageNumberContent('Seite {{page}} von {{total}}')).toBe('"Seite " counter(page) " von {{total}}"');
    expect(pageNumberContent('"{{page}}"')).toBe('"\\"" counter(page) "\\""');
  });
});

describe('packetPageCss', () => {
  const options = { firmName: 'Firm', clientName: 'Client', confidential: 'Confidential', pageNumber: 'Page {{page}} of {{pages}}' };

  it('sets the paper size the firm chose', () => {
    expect(packetPageCss({ ...options, paper: 'A4' })).toContain('size: A4 portrait;');
    expect(packetPageCss({ ...options, paper: 'Letter' })).toContain('size: letter portrait;');
  });

  it('leaves the header off the cover page', () => {
    const css = packetPageCss({ ...options, paper: 'Letter' });
    expect(css).toMatch(/@page :first \{\s*@top-left \{ content: none; \}\s*@top-right \{ content: none; \}\s*\}/);
  });
});

describe('packet helpers', () => {
  it('reads the route’s query, with today and the firm’s health setting as defaults', () => {
    expect(packetQueryFrom('cl_1', new URLSearchParams('asOf=2026-04-15&review=rv_1&health=0'), '2026-05-01')).toEqual({
      clientId: 'cl_1',
      asOf: '2026-04-15',
      reviewId: 'rv_1',
      showHealth: false,
    });
    expect(packetQueryFrom('cl_1', new URLSearchParams(''), '2026-05-01')).toEqual({
      clientId: 'cl_1',
      asOf: '2026-05-01',
      reviewId: null,
    });
    // Who signs travels in the route, an empty choice included.
    const signers = (signerIds?: string[]) =>
      packetQueryFrom('cl_1', new URL(`x:${packetRoute({ clientId: 'cl_1', asOf: '2026-04-15', signerIds })}`).searchParams, '2026-05-01')
        .signerIds;
    expect(signers(['pe_1', 'pe_2'])).toEqual(['pe_1', 'pe_2']);
    expect(signers([])).toEqual([]);
    expect(signers()).toBeUndefined();
  });

  it('writes an address as envelope lines, leaving out blank parts', () => {
    expect(
      addressLines({ line1: '1 Main St', line2: 'Unit 4', city: 'Springfield', region: 'IL', postalCode: '62704', country: 'USA' }),
    ).toEqual(['1 Main St', 'Unit 4', 'Springfield, IL 62704', 'USA']);
    expect(addressLines({ line1: '1 High St', line2: '', city: 'Bath', region: '', postalCode: 'BA1 1AA', country: '' })).toEqual([
      '1 High St',
      'Bath, BA1 1AA',
    ]);
  });

  it('measures the change in value since the last review', () => {
    const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
    expect(valueChange(usd(110), usd(100))).toEqual({ direction: 'up', amount: usd(10), percent: 10 });
    expect(valueChange(usd(90), usd(100))).toEqual({ direction: 'down', amount: usd(10), percent: -10 });
    expect(valueChange(usd(100), usd(100))).toEqual({ direction: 'unchanged', amount: usd(0), percent: 0 });
    expect(valueChange(usd(100), usd(0))).toEqual({ direction: 'up', amount: usd(100), percent: null });
    expect(valueChange(usd(100), null)).toBeNull();
    expect(sharesOf([3, 1])).toEqual([75, 25]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
  });

  it('writes amounts and days by the firm’s locale: lakh grouping and day first in en-IN', async () => {
    const full = packetData();
    await renderReady({ ...full, firm: { ...full.firm, locale: 'en-IN' } });
    const holdings = section('holdings').textContent ?? '';
    expect(holdings).toContain('$7,00,000');
    expect(holdings).not.toContain('$700,000');
    expect(section('cover').textContent).toContain('15 Apr 2026');
  });

  it('counts cents by the currency: yen have none, so a yen column stays whole', () => {
    const format = packetFormatters('en');
    const yen = columnMoney(format, [{ amountMinor: 1_234_567, currency: 'JPY' }]);
    expect(yen({ amountMinor: 1_234_567, currency: 'JPY' })).toBe('¥1,234,567');
    const dollars = columnMoney(format, [{ amountMinor: 5, currency: 'USD' }, null]);
    expect(dollars({ amountMinor: 100_000, currency: 'USD' })).toBe('$1,000.00');
  });
});
