import { z } from 'zod';
import { rule } from '../messages';
import { ClientStatus } from './client';
import { Id } from './common';

/** What the search box sends as it is typed: the text, and how many clients to show at most. */
export const SearchQuery = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(200, rule('atMostCharacters', { count: 200 })),
  limit: z.number().int().min(1).max(50).default(8),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const searchMatchKinds = ['name', 'person', 'email', 'phone', 'account'] as const;
export type SearchMatchKind = (typeof searchMatchKinds)[number];

/** One client found, with what matched: a person's name, an email, a phone, or an account's last four (never the whole number). */
export const SearchHit = z.strictObject({
  clientId: Id,
  clientName: z.string(),
  status: ClientStatus,
  archived: z.boolean(),
  matchedOn: z.enum(searchMatchKinds),
  /** The person, email or phone as stored, or the account's last four; null when the household's name matched. */
  detail: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** The best matches first, and how many clients matched in all. */
export const SearchResult = z.strictObject({
  hits: z.array(SearchHit),
  total: z.number().int().nonnegative(),
});
export type SearchResult = z.infer<typeof SearchResult>;
