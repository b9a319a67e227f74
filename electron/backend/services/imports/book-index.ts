import { normalizeEmail, normalizeName, phoneDigits } from '../../../../shared/domain/matching';
import type { Client, Holding, ImportKind, TeamMember } from '../../../../shared/model';
import type { ServiceContext } from '../context';

/** The book's households and team, indexed once per preview so rows never scan the book. */
export class BookIndex {
  readonly clientsByName = new Map<string, Client[]>();
  readonly peopleByName = new Map<string, Set<string>>();
  readonly peopleByEmail = new Map<string, Set<string>>();
  readonly peopleByPhone = new Map<string, Set<string>>();
  readonly members = new Map<string, TeamMember>();
  readonly holdingsByAccount = new Map<string, Holding>();

  constructor(
    private readonly ctx: ServiceContext,
    kind: ImportKind,
  ) {
    const { store } = ctx;
    for (const client of store.all('clients')) push(this.clientsByName, normalizeName(client.name), client);
    if (kind === 'households') {
      for (const person of store.all('people')) {
        add(this.peopleByName, normalizeName(person.name), person.clientId);
        if (person.email) add(this.peopleByEmail, normalizeEmail(person.email), person.clientId);
        const digits = person.phone ? phoneDigits(person.phone) : '';
        if (digits.length >= 7) add(this.peopleByPhone, digits, person.clientId);
      }
    }
    if (kind === 'holdings') {
      for (const holding of store.all('holdings')) {
        if (holding.accountNumber) this.holdingsByAccount.set(accountKey(holding.clientId, holding.accountNumber), holding);
      }
    }
    // Active members first, so a name shared with a colleague who left finds the one still here.
    const members = [...store.all('teamMembers')].sort((a, b) => Number(b.active) - Number(a.active));
    for (const member of members.reverse()) {
      this.members.set(normalizeName(member.name), member);
      this.members.set(normalizeEmail(member.email), member);
    }
  }

  member(text: string): TeamMember | undefined {
    return this.members.get(normalizeName(text)) ?? this.members.get(normalizeEmail(text));
  }

  /** The one active member who can manage households, when the firm has exactly one. */
  onlyManager(): TeamMember | undefined {
    const managers = [...this.ctx.store.all('teamMembers')].filter(
      (m) => m.active && (m.role === 'account_manager' || m.role === 'adviser'),
    );
    return managers.length === 1 ? managers[0] : undefined;
  }
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
export function accountKey(clientId: string, accountNumber: string): string {
  return `${clientId}:${accountNumber.replace(/[\s-]/g, '').toUpperCase()}`;
}
