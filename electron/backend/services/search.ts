import type { Handlers } from '../../../shared/contract';
import { accountLastFour } from '../../../shared/domain/account-number';
import { foldForSearch, phoneDigits, phoneFits, phoneSearch, searchWords, wordsFit } from '../../../shared/domain/matching';
import { compareNames } from '../../../shared/domain/collation';
import type { Client, SearchHit, SearchMatchKind } from '../../../shared/model';
import type { BookStore } from '../store';
import type { ServiceContext } from './context';

/** Collections the search index is read from. */
const sources = new Set(['clients', 'people', 'holdings']);

/** Among equally good matches, a household's own name before a person's, a person's before an email. */
const kindWeight: Record<'name' | 'person' | 'email', number> = { name: 3, person: 2, email: 1 };

/** A phone or account ending is an exact find: above any partial name. */
const exactScore = 100;

interface TextEntry {
  client: Client;
  kind: 'name' | 'person' | 'email';
  folded: string;
  detail: string | null;
}

interface PhoneEntry {
  client: Client;
  digits: string;
  phone: string;
}

interface AccountEntry {
  client: Client;
  /** The only part of an account number search keeps, so no more can ever be shown. */
  lastFour: string;
}

interface Found {
  client: Client;
  score: number;
  matchedOn: SearchMatchKind;
  detail: string | null;
}

/** The four letters or digits of an account's end, when that is all the text holds ("4821", "•••• 4821"). */
function accountEnding(text: string): string | null {
  const chars = text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return chars.length === 4 && /\d/.test(chars) ? chars : null;
}

/**
 * Everything search compares, folded once and kept until a change touches clients, people or
 * holdings: folding every name on each keystroke would cost more than the search itself.
 */
class SearchIndex {
  private built: { text: TextEntry[]; phones: PhoneEntry[]; accounts: AccountEntry[] } | null = null;

  constructor(private readonly store: BookStore) {
    store.onChange((collections) => {
      if (collections.some((name) => sources.has(name))) this.built = null;
    });
  }

  entries() {
    this.built ??= this.build();
    return this.built;
  }

  private build() {
    const { store } = this;
    const text: TextEntry[] = [];
    const phones: PhoneEntry[] = [];
    const accounts: AccountEntry[] = [];
    const clients = new Map<string, Client>();
    for (const client of store.all('clients')) {
      clients.set(client.id, client);
      text.push({ client, kind: 'name', folded: foldForSearch(client.name), detail: null });
    }
    for (const person of store.all('people')) {
      const client = clients.get(person.clientId);
      if (!client) continue;
      text.push({ client, kind: 'person', folded: foldForSearch(person.name), detail: person.name });
      if (person.email) text.push({ client, kind: 'email', folded: foldForSearch(person.email), detail: person.email });
      if (person.phone) phones.push({ client, digits: phoneDigits(person.phone), phone: person.phone });
    }
    for (const holding of store.all('holdings')) {
      const client = clients.get(holding.clientId);
      if (client && holding.accountNumber) accounts.push({ client, lastFour: accountLastFour(holding.accountNumber) });
    }
    return { text, phones, accounts };
  }
}

/** Orders found clients: the best fit first, then current clients before archived and former ones, then by name in the firm's order. */
function fitOrder(locale: string): (a: Found, b: Found) => number {
  const byName = compareNames(locale);
  const gone = (found: Found) => Number(found.client.archived || found.client.status === 'former');
  return (a, b) => b.score - a.score || gone(a) - gone(b) || byName(a.client.name, b.client.name);
}

/** The first `count` in `byFit` order, without sorting them all: one letter typed can match every client. */
function best(found: Iterable<Found>, count: number, byFit: (a: Found, b: Found) => number): Found[] {
  const kept: Found[] = [];
  for (const candidate of found) {
    if (kept.length === count && byFit(candidate, kept[count - 1]!) >= 0) continue;
    let at = Math.min(kept.length, count - 1);
    while (at > 0 && byFit(candidate, kept[at - 1]!) < 0) at--;
    kept.splice(at, kept.length === count ? 1 : 0, candidate);
  }
  return kept;
}

/**
 * `search:clients`: households found by their name, a person's name, an email, a phone number or
 * an account's last four, forgiving accents, word order and phone punctuation. One hit a client,
 * for what fitted it best.
 */
export function searchHandlers(ctx: ServiceContext): Pick<Handlers, 'search:clients'> {
  const index = new SearchIndex(ctx.store);

  return {
    'search:clients': async ({ text, limit }) => {
      const { text: fields, phones, accounts } = index.entries();
      const found = new Map<string, Found>();
      const offer = (client: Client, score: number, matchedOn: SearchMatchKind, detail: string | null) => {
        const held = found.get(client.id);
        if (!held || score > held.score) found.set(client.id, { client, score, matchedOn, detail });
      };

      const words = searchWords(text);
      if (words.length > 0) {
        for (const field of fields) {
          const fit = wordsFit(words, field.folded);
          if (fit > 0) offer(field.client, fit * 10 + kindWeight[field.kind], field.kind, field.detail);
        }
      }
      const phone = phoneSearch(text);
      if (phone) {
        for (const entry of phones) {
          if (phoneFits(phone, entry.digits)) offer(entry.client, exactScore, 'phone', entry.phone);
        }
      }
      const ending = accountEnding(text);
      if (ending) {
        for (const entry of accounts) {
          if (entry.lastFour.toLowerCase() === ending) offer(entry.client, exactScore, 'account', entry.lastFour);
        }
      }

      const hits: SearchHit[] = best(found.values(), limit, fitOrder(ctx.store.settings.locale)).map(({ client, matchedOn, detail }) => ({
        clientId: client.id,
        clientName: client.name,
        status: client.status,
        archived: client.archived,
        matchedOn,
        detail,
      }));
      return { hits, total: found.size };
    },
  };
}
