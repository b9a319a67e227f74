import type { Client } from '../shared/model';

/** The small change every edit row makes, on the local book and the office book alike: one household's tags. */
export function taggedEdit(client: Client, run: number): Client {
  return { ...client, tags: [...client.tags.slice(0, 5), `bench-${run}`], updatedAt: new Date().toISOString() };
}
