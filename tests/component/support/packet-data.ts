import type { PacketData, PacketHolding } from '../../../shared/model';
import { healthReport } from './health-data';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A tiny valid PNG (1×1 pixel) as a data URL, for a firm logo. */
export const logoDataUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function packetHolding(overrides: Partial<PacketHolding> = {}): PacketHolding {
  return {
    id: 'ho_1',
    name: 'Vanguard Balanced Portfolio',
    kind: 'managed_portfolio',
    provider: 'Vanguard',
    accountEnding: '••6789',
    value: usd(48_250_000),
    valuedOn: '2026-03-31',
    annualFee: usd(482_500),
    valueAtLastReview: usd(45_000_000),
    ...overrides,
  };
}

/**
 * A full packet for the Okafor household as of 2026-04-15, for a review on 2026-04-20: two
 * holdings, a year of activity, three survey answers, a health report and two action items.
 */
export function packetData(overrides: Partial<PacketData> = {}): PacketData {
  return {
    asOf: '2026-04-15',
    firm: {
      name: 'Harbour & Vale Advisers',
      logo: logoDataUrl,
      paper: 'A4',
      disclosure: 'This packet is prepared for the named client only.\nPast performance does not guarantee future results.',
      currency: 'USD',
      locale: 'en-US',
    },
    client: {
      id: 'cl_1',
      name: 'Okafor Household',
      type: 'household',
      tier: 'A',
      tierName: 'Platinum',
      clientSince: '2019-04-01',
      address: { line1: '12 Harbour Road', line2: '', city: 'Springfield', region: 'IL', postalCode: '62704', country: 'USA' },
    },
    preparedFor: ['Ada Okafor', 'Ben Okafor'],
    signers: ['Ada Okafor', 'Ben Okafor'],
    review: { id: 'rv_1', meetingOn: '2026-04-20', agenda: ['Welcome', 'Your portfolio'] },
    agenda: ['Welcome and changes in your circumstances', 'Your products and services: values and fees', 'Actions and next steps'],
    manager: { name: 'Priya Shah', email: 'priya@harbourvale.example', phone: '+1 555-0142' },
    serviceTeam: [{ name: 'Jo Park', role: 'paraplanner' }],
    people: [
      { name: 'Ada Okafor', relationship: 'primary', email: 'ada@example.com', phone: '+1 555-0100', dateOfBirth: '1961-07-14' },
      { name: 'Ben Okafor', relationship: 'spouse_partner', email: null, phone: '+1 555-0101', dateOfBirth: null },
    ],
    holdings: [
      packetHolding(),
      packetHolding({
        id: 'ho_2',
        name: 'Retirement Income Plan',
        kind: 'retirement_account',
        provider: 'Fidelity',
        accountEnding: null,
        value: usd(21_750_000),
        valuedOn: '2026-03-15',
        annualFee: usd(150_000),
        valueAtLastReview: usd(20_000_000),
      }),
    ],
    totals: { value: usd(70_000_000), annualFees: usd(632_500), valueAtLastReview: usd(65_000_000) },
    mix: [
      { kind: 'managed_portfolio', value: usd(48_250_000) },
      { kind: 'retirement_account', value: usd(21_750_000) },
    ],
    lastReviewOn: '2025-10-01',
    since: {
      interactions: [{ on: '2026-01-12', kind: 'call', summary: 'Talked through the rebalancing', byName: 'Priya Shah' }],
      requestsOpened: [{ on: '2026-02-03', type: 'contact_change', summary: 'New phone number for Ben', status: 'resolved' }],
      requestsResolved: [{ on: '2026-02-05', type: 'contact_change', summary: 'New phone number for Ben' }],
      tasksCompleted: [{ on: '2026-02-05', title: 'Update Ben’s phone number', byName: 'Jo Park' }],
    },
    satisfaction: {
      responses: [
        { on: '2025-06-10', nps: 8, csat: 4 },
        { on: '2025-11-02', nps: null, csat: 5 },
        { on: '2026-03-12', nps: 9, csat: 5 },
      ],
      health: healthReport({ score: 82, band: 'green', atRisk: false }),
    },
    actionItems: [
      { text: 'Send the updated fee schedule', ownerName: 'Priya Shah', dueOn: '2026-05-01', source: 'decision' },
      { text: 'Review beneficiary nominations', ownerName: 'Jo Park', dueOn: null, source: 'task' },
    ],
    nextReviewOn: '2026-10-20',
    ...overrides,
  };
}

/** A client with nothing on record yet: no holdings, activity, surveys or action items, and no health score. */
export function emptyPacketData(overrides: Partial<PacketData> = {}): PacketData {
  const full = packetData();
  return packetData({
    firm: { ...full.firm, logo: null, paper: 'Letter' },
    client: { ...full.client, clientSince: null, address: null },
    preparedFor: [],
    signers: [full.client.name],
    review: null,
    people: [],
    serviceTeam: [],
    holdings: [],
    totals: { value: usd(0), annualFees: usd(0), valueAtLastReview: null },
    mix: [],
    lastReviewOn: null,
    since: { interactions: [], requestsOpened: [], requestsResolved: [], tasksCompleted: [] },
    satisfaction: { responses: [], health: null },
    actionItems: [],
    nextReviewOn: null,
    ...overrides,
  });
}
