import { holdingTotals, type BookTotals } from '../../../shared/domain/totals';
import { cadenceMonths, lastReviewOn, nextReviewOn } from '../../../shared/domain/review-cadence';
import { foldForSearch, phoneDigits } from '../../../shared/domain/matching';
import type { Client, ClientRow, Review } from '../../../shared/model';
import { compareNames } from '../../../shared/domain/collation';
import type { BookStore } from '../store/book-store';
import { Pacer } from '../store/pacer';
import { today } from './firm-today';
import { sortedInSteps } from './sorted-in-steps';

/** Where a client's reviews stand, apart from today's date (the due bucket is worked out per request). */
export interface ReviewFacts {
  readonly cadenceMonths: number;
  /** The review the next one counts from: the newest held, else the newest meeting (`lastReviewOn`). */
  readonly lastOn: string | null;
  /** The earliest review still scheduled, if one is. */
  readonly scheduled: { readonly reviewId: string; readonly on: string } | null;
}

/** What the clients table and the team books need about one client, computed from its other records. */
export interface ClientFacts {
  readonly client: Client;
  readonly row: ClientRow;
  readonly totals: BookTotals;
  readonly review: ReviewFacts;
  /** Household name, people's names, emails and phone numbers (also as bare digits), folded as search compares them. */
  readonly searchText: string;
  /** `lastContactAt` as epoch milliseconds, or null: compared on every "no contact for N days" query. */
  readonly lastContactMs: number | null;
}

/** Collections (and the settings singleton) that any of the facts are computed from. */
const sources = new Set(['clients', 'people', 'holdings', 'interactions', 'reviews', 'teamMembers', 'settings']);

function earliestScheduled(reviews: readonly Review[]): ReviewFacts['scheduled'] {
  let earliest: ReviewFacts['scheduled'] = null;
  for (const { id, status, scheduledOn } of reviews) {
    if (status === 'scheduled' && scheduledOn !== null && (earliest === null || scheduledOn < earliest.on)) {
      earliest = { reviewId: id, on: scheduledOn };
    }
  }
  return earliest;
}

/**
 * Per-client facts, computed once and reused until a change touches one of their sources or the
 * day changes (assets are valued as of today). The clients list is asked for on every keystroke;
 * recomputing totals, review dates and search text for 5,000 households each time would cost far
 * more than filtering precomputed rows.
 */
export class ClientFactsCache {
  private sorted: ClientFacts[] | null = null;
  private byId = new Map<string, ClientFacts>();
  /** The day the facts were computed for. */
  private day = '';
  /** Counts the changes to the facts' sources: a paced build that saw one midway is thrown away. */
  private changes = 0;

  // The book and the clock alone, not the service context, which holds this cache.
  constructor(private readonly ctx: { store: BookStore; now: () => Date }) {
    ctx.store.onChange((collections) => {
      if (collections.some((name) => sources.has(name))) {
        this.sorted = null;
        this.changes++;
      }
    });
  }

  /** Every client's facts, sorted by name. */
  all(): readonly ClientFacts[] {
    return this.current();
  }

  /** The day the facts in hand were computed for (assets are valued as of it). */
  get computedFor(): string {
    this.current();
    return this.day;
  }

  /**
   * Builds the facts, if they are not in hand, in slices between which `pacer` lets requests and
   * timers run, so the first list after a large book opens does not hold the process up. A
   * change to the sources midway starts the build again; facts built meanwhile by a request end it.
   */
  async warm(pacer = new Pacer()): Promise<void> {
    for (;;) {
      const day = today(this.ctx);
      if (this.inHand(day)) return;
      const changes = this.changes;
      const steps = this.build(day);
      let step = steps.next();
      while (!step.done && changes === this.changes && !this.inHand(day)) {
        await pacer.pace();
        step = steps.next();
      }
      if (step.done && changes === this.changes && !this.inHand(day)) {
        this.keep(step.value, day);
        return;
      }
    }
  }

  private inHand(day: string): boolean {
    return this.sorted !== null && this.day === day;
  }

  get(id: string): ClientFacts | undefined {
    this.current();
    return this.byId.get(id);
  }

  private current(): ClientFacts[] {
    const day = today(this.ctx);
    if (!this.inHand(day)) this.rebuild(day);
    return this.sorted!;
  }

  private rebuild(day: string): void {
    const steps = this.build(day);
    let step = steps.next();
    while (!step.done) step = steps.next();
    this.keep(step.value, day);
  }

  private keep(facts: ClientFacts[], day: string): void {
    this.byId = new Map(facts.map((fact) => [fact.client.id, fact]));
    this.sorted = facts;
    this.day = day;
  }

  /** Every client's facts for `day`, sorted; pauses (yields) after each client and each step of the sort, for `warm` to pace. */
  private *build(day: string): Generator<void, ClientFacts[]> {
    const { store } = this.ctx;
    const { settings } = store;
    const { currency, reviewCadenceMonths } = settings;
    const managerNames = new Map<string, string>();
    for (const member of store.all('teamMembers')) managerNames.set(member.id, member.name);
    const facts: ClientFacts[] = [];
    for (const client of store.all('clients')) {
      const people = store.byIndex('people', 'clientId', client.id);
      const totals = holdingTotals(store.byIndex('holdings', 'clientId', client.id), currency, day);
      const reviews = store.byIndex('reviews', 'clientId', client.id);
      const review: ReviewFacts = {
        cadenceMonths: cadenceMonths(client, reviewCadenceMonths),
        lastOn: lastReviewOn(reviews, store.byIndex('interactions', 'clientId', client.id), settings.timeZone),
        scheduled: earliestScheduled(reviews),
      };
      const search = [client.name];
      for (const person of people) {
        search.push(person.name);
        if (person.email) search.push(person.email);
        if (person.phone) search.push(person.phone, phoneDigits(person.phone));
      }
      const row: ClientRow = {
        id: client.id,
        name: client.name,
        type: client.type,
        status: client.status,
        tier: client.tier,
        primaryManagerId: client.primaryManagerId,
        primaryManagerName: managerNames.get(client.primaryManagerId) ?? '',
        tags: client.tags,
        lastContactAt: client.lastContactAt,
        nextReviewOn: nextReviewOn(client, review.lastOn, settings),
        assets: totals.assets,
        annualRevenue: totals.annualRevenue,
        peopleCount: people.length,
        archived: client.archived,
      };
      facts.push({
        client,
        row,
        totals,
        review,
        searchText: foldForSearch(search.join('\n')),
        lastContactMs: client.lastContactAt === null ? null : Date.parse(client.lastContactAt),
      });
      yield;
    }
    const byName = compareNames(store.settings.locale);
    return yield* sortedInSteps(facts, (a, b) => byName(a.client.name, b.client.name) || (a.client.id < b.client.id ? -1 : 1));
  }
}
