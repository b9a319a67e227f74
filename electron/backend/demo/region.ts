import type { Address, ClientType, DemoRegion, Departure, Settings, Tier } from '../../../shared/model';
import type { WorkflowWording } from '../store/default-workflows';
import type { Catalog } from './catalog';
import { india } from './region-in';
import { unitedStates } from './region-us';
import type { NameTables } from './names';
import type { Phrasebook } from './phrases';
import type { Rng, WeightTable } from './rng';

/** A tier's investable assets, in the currency's major unit: a log-normal around `median` within [min, max]. */
export interface AssetBand {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * What makes the demo firm a firm of its country: names, addresses, phone numbers, money sizes,
 * products and the wording of its own records. The generator is the same for every region; only
 * these tables differ.
 */
export interface Region {
  /** The firm's name and how it writes amounts and dates; without a time zone, this computer's, as a new book's. */
  readonly settings: Pick<Settings, 'firmName' | 'currency' | 'locale' | 'dateOrder'> & Partial<Pick<Settings, 'timeZone'>>;
  /** Minutes the office's clock is ahead of UTC (daylight saving is not modelled). */
  readonly utcOffsetMinutes: number;
  readonly names: NameTables;
  readonly phone: (rng: Rng) => string;
  readonly address: (rng: Rng, type: ClientType) => Address;
  /** Wealth drives tier, so each tier's assets sit in a band around its own median. */
  readonly assetBands: Readonly<Record<Tier, AssetBand>>;
  /** Tier A households with at least this much are tagged high net worth. */
  readonly highNetWorth: number;
  /** Advisory fee as a share of assets: the first rate whose `below` the household's assets are under, else `topRate`. */
  readonly advisoryRates: readonly (readonly [below: number, rate: number])[];
  readonly topRate: number;
  /** Typical cash value of a policy that builds one. */
  readonly cashValueMedian: number;
  /** Fixed fees are rounded to this many major units. */
  readonly feeStep: number;
  readonly products: Catalog;
  /** An account, folio or policy number at the institution whose code is `code`. */
  readonly accountNumber: (rng: Rng, code: string) => string;
  /** How a household came to the firm. */
  readonly sources: WeightTable<string>;
  readonly businessSources: WeightTable<string>;
  /** The firm's own notes on a client. */
  readonly clientNotes: readonly string[];
  /** What the manager wrote down about why a household left, by reason. */
  readonly departureDetails: Readonly<Record<Departure['reason'], readonly string[]>>;
  /** Everything the firm writes itself (contacts, reviews, requests, tasks): English, with the region's products, taxes and habits. */
  readonly phrases: Phrasebook;
  /** The words of the workflow templates the firm started with. */
  readonly workflowWording: WorkflowWording;
  /** Tags for a client referred by its accountant, and one with children near college age. */
  readonly tags: { readonly accountantReferral: string; readonly educationPlanning: string };
}

export const regions: Readonly<Record<DemoRegion, Region>> = { us: unitedStates, in: india };
