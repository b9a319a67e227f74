import type { Holding, Money, Tier, Valuation } from '../../../shared/model';
import type { Calendar } from './calendar';
import { productsFor, type Product, type Provider } from './catalog';
import type { Household } from './households';
import { IdSequence } from './ids';
import type { Region } from './region';
import type { Rng } from './rng';

/** Draws `count` distinct products, each with probability proportional to its weight. */
function sampleProducts(rng: Rng, products: readonly Product[], count: number): Product[] {
  const pool = [...products];
  const chosen: Product[] = [];
  while (chosen.length < count && pool.length > 0) {
    let target = rng.next() * pool.reduce((sum, p) => sum + p.weight, 0);
    let index = 0;
    while (index < pool.length - 1 && target >= (pool[index] as Product).weight) {
      target -= (pool[index] as Product).weight;
      index++;
    }
    chosen.push(...pool.splice(index, 1));
  }
  return chosen;
}

function holdingCount(rng: Rng, tier: Tier): number {
  if (tier === 'A') return rng.int(3, 5);
  if (tier === 'B') return rng.int(2, 4);
  return rng.int(1, 4);
}

/**
 * The household's products: for clients, one core managed account (almost always) and then a
 * mix of accounts, policies, plans and services; for prospects, what they hold elsewhere.
 */
function chooseProducts(rng: Rng, region: Region, household: Household): Product[] {
  if (household.client.status === 'prospect') return sampleProducts(rng, region.products.heldAway, rng.int(1, 2));
  const eligible = productsFor(region.products, household.client.type).filter(
    (p) => (p.needs !== 'partner' || household.hasPartner) && (p.needs !== 'child' || household.hasChildren),
  );
  const count = holdingCount(rng, household.client.tier);
  const wantsCore = household.client.tier !== 'C' || rng.chance(0.85);
  const core = wantsCore
    ? sampleProducts(
        rng,
        eligible.filter((p) => p.fee.type === 'aum'),
        1,
      )
    : [];
  return [
    ...core,
    ...sampleProducts(
      rng,
      eligible.filter((p) => !core.includes(p)),
      count - core.length,
    ),
  ];
}

/** Advisory fee as a share of assets, with the region's breakpoints for larger households. */
function advisoryRate(region: Region, householdAssets: number): number {
  return region.advisoryRates.find(([below]) => householdAssets < below)?.[1] ?? region.topRate;
}

/** Where in a fixed fee range a tier sits: tier A buys the fuller service. */
const feePosition: Record<Tier, number> = { A: 0.66, B: 0.33, C: 0 };

/**
 * Quarterly valuations from `first` (opening, or the import when the firm started using
 * Clientbook) to `last`, ending at `finalValue`: walked backwards from the known value with
 * market-like quarterly returns, so the newest entry is exactly the holding's current value.
 */
function valuations(
  rng: Rng,
  cal: Calendar,
  first: number,
  last: number,
  finalValue: number,
  money: (major: number) => Money,
): Valuation[] {
  const days = first < last ? [first, ...cal.quarterEndsBetween(first, last)] : [];
  const history: Valuation[] = [{ on: cal.day(last), value: money(finalValue) }];
  let value = finalValue;
  for (let i = days.length - 1; i >= 0; i--) {
    value /= 1 + Math.min(0.3, Math.max(-0.25, 0.015 + 0.045 * rng.normal()));
    history.unshift({ on: cal.day(days[i]!), value: money(value) });
  }
  return history;
}

/** Products, policies and services for every household, in household order. */
export function generateHoldings(households: readonly Household[], region: Region, importDay: number, cal: Calendar, rng: Rng): Holding[] {
  const ids = new IdSequence('ho', 6);
  // Its own stream, so the holdings themselves are drawn as they were before history was kept.
  const history = rng.fork('valuations');
  const { firmName, currency } = region.settings;
  const money = (major: number): Money => ({ amountMinor: Math.round(major * 100), currency });
  const valuationDay = cal.lastMonthEnd();
  const holdings: Holding[] = [];

  for (const household of households) {
    const { client, pod } = household;
    const prospect = client.status === 'prospect';
    const products = chooseProducts(rng, region, household);
    // Split the household's assets over its asset-bearing accounts, the core account taking most.
    const shares = products.map((p, i) => (p.value === 'assets' ? rng.next() + 0.3 + (i === 0 ? 1.5 : 0) : 0));
    const totalShares = shares.reduce((a, b) => a + b, 0) || 1;
    const rate = advisoryRate(region, household.assets);
    // Personal accounts belong to the couple at the head of the household, not to adult children or parents.
    const owners = household.contacts.filter((c) => c.person.relationship === 'primary' || c.person.relationship === 'spouse_partner');

    products.forEach((product, i) => {
      const provider: Provider = product.providers === 'firm' ? { name: firmName, code: null } : rng.pick(product.providers);
      const owner = product.owned && owners.length > 1 ? rng.pick(owners) : null;
      const value =
        product.value === 'assets'
          ? (household.assets * (shares[i] ?? 0)) / totalShares
          : product.value === 'cash_value'
            ? rng.logNormal(region.cashValueMedian, 0.8)
            : 0;
      const fee =
        product.fee.type === 'aum'
          ? value * rate
          : product.fee.type === 'fixed'
            ? Math.round(
                (product.fee.min + (product.fee.max - product.fee.min) * (feePosition[client.tier] + 0.34 * rng.next())) / region.feeStep,
              ) * region.feeStep
            : 0;
      const { since, left } = household;
      // Long-standing clients opened accounts over the years, most early on; new clients at signing.
      const openedOn =
        since === null
          ? null
          : since >= cal.historyStart
            ? Math.min(since + rng.int(0, 30), left ?? cal.yesterday)
            : since + Math.floor(((left ?? cal.yesterday) - 30 - since) * rng.next() ** 2);
      // Former clients took everything with them; a few accounts of current clients were closed too.
      const closable = openedOn !== null && openedOn < cal.yesterday - 30 && rng.chance(0.04);
      const closedOn = left ?? (closable ? rng.int(Math.max(openedOn + 1, cal.historyStart), cal.yesterday) : null);
      const open = closedOn === null;
      // Valued at the last month end, or at opening for an account opened since; a closed one when it closed.
      const valuedOn = open ? (prospect ? household.start : Math.max(valuationDay, openedOn ?? valuationDay)) : (closedOn ?? valuationDay);
      // A closed account holds nothing and bills nothing; prospects' figures come from the statements they brought.
      const current = money(open ? value : 0);
      // Accounts with a value were valued every quarter, a closed one last the day before it closed;
      // a prospect's statement and products without a value give just the one valuation.
      const valueHistory =
        openedOn !== null && !prospect && value > 0
          ? valuations(history, cal, Math.max(openedOn, importDay), open ? valuedOn : valuedOn - 1, value, money)
          : [];
      if (valueHistory.length === 0 || !open) valueHistory.push({ on: cal.day(valuedOn), value: current });
      holdings.push({
        id: ids.next(),
        clientId: client.id,
        kind: product.kind,
        provider: provider.name,
        name: owner ? `${product.name} (${owner.first})` : product.name,
        accountNumber: provider.code ? region.accountNumber(rng, provider.code) : null,
        status: open ? 'open' : 'closed',
        openedOn: openedOn === null ? null : cal.day(openedOn),
        closedOn: closedOn === null ? null : cal.day(closedOn),
        value: current,
        valuedOn: cal.day(valuedOn),
        valueHistory,
        annualFee: money(open && !prospect ? fee : 0),
        // Usually the manager's sale; sometimes the adviser they brought in for planning.
        soldById: prospect ? null : rng.chance(0.8) ? pod.manager.id : pod.adviser.id,
      });
    });
  }
  return holdings;
}
